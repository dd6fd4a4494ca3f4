using BenchmarkDotNet.Running;
using Newsdesk.Benchmarks;

if (args is ["feed-throughput", .. var rest])
{
    return FeedThroughput.Run(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
