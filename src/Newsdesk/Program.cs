using Newsdesk.Cli;

// The termination grace lets `run` finish the checks in flight after Ctrl+C / SIGTERM.
return await NewsdeskCommandLine.Create().Parse(args).InvokeAsync(new System.CommandLine.InvocationConfiguration { ProcessTerminationTimeout = RunCommand.ShutdownGrace });
