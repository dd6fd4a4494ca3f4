using Newsdesk.StoryBench;

return args.FirstOrDefault() switch
{
    "sweep" => ClusteringSweep.Run(args[1..]),
    "evidence" => EvidenceDump.Run(args[1..]),
    "trace" => Trace.Run(args[1..]),
    "weak" => WeakJoins.Run(args[1..]),
    "copies" => CopyEvaluation.Run(args[1..]),
    "copylinks" => CopyLinks.Run(args[1..]),
    "stream" => StreamRun.Run(args[1..]),
    "predict" => Predict.Run(args[1..]),
    "tune" => Tune.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run -c Release --project bench/Newsdesk.StoryBench -- COMMAND
          sweep [Option=v1,v2,...]... [FILE.jsonl] [--halves N]  BCubed/pairwise F1 on both dev sets (and FILE) for every combination
          evidence [FILE.csv [CORPUS..]] article-story training pairs for the join weights (bench/fit_join.py)
          tune [--on CORPUS] [Opt=v ...] coordinate search of the join weights (lower BCubed F1 of both sets, or one)
          predict [DIR]                 writes DIR/CORPUS.pred.jsonl for both dev sets (default options)
          trace CORPUS                  the evidence behind each wrong join or miss on a dev set
          weak [CUTOFF..]               how well a join score below CUTOFF points at wrong joins (the story page hint)
          copies [--errors]             duplicates and provenance on generated copies of real text
          stream --count N [--copies]   scale run on a generated stream (also --jsonl FILE, --extract-only, --generate-only;
                                        --pipeline [--every N] [--stop N] [--warmup N] [--window DAYS] [Option=value])
        """);
    return 2;
}
