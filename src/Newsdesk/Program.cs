using Newsdesk.Cli;

return await NewsdeskCommandLine.Create().Parse(args).InvokeAsync();
