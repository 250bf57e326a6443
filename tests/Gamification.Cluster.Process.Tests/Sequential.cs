// Each test here runs a whole cluster of processes: two at once on a 2-core machine starve each other's failure detection.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
