namespace Gamification.Runtime.Tests;

public sealed class GrainPartitionerTests
{
    [Theory]
    [InlineData("", 0x811c9dc5u)]
    [InlineData("a", 0xe40c292cu)]
    [InlineData("foobar", 0xbf9cf968u)]
    public void The_hash_is_FNV1a_32_over_UTF8_so_every_process_agrees(string key, uint fnv1a)
    {
        Assert.Equal((int)(fnv1a % int.MaxValue), new GrainPartitioner(int.MaxValue).GetPartition(key));
    }

    [Fact]
    public void A_key_maps_to_a_fixed_partition_whatever_its_grain_type()
    {
        var partitioner = new GrainPartitioner(1024);

        Assert.Equal(773, partitioner.GetPartition("default/alice"));
        Assert.Equal(773, partitioner.GetPartition(new GrainId("user-progress", "default/alice")));
        Assert.Equal(773, partitioner.GetPartition(new GrainId("module", "default/alice")));
    }

    [Fact]
    public void Keys_longer_than_the_stack_buffer_hash_the_same_way()
    {
        var longKey = new string('é', 2000);

        Assert.InRange(new GrainPartitioner(1024).GetPartition(longKey), 0, 1023);
        Assert.Equal(new GrainPartitioner(1024).GetPartition(longKey), new GrainPartitioner(1024).GetPartition(longKey));
    }
}
