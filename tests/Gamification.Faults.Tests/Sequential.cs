// Each class starts a 3-silo cluster under load: two at once on a 2-core machine would measure each other.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
