package org.psarchive.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The base of every verb that calls the server: the server options, the output, the exit code. */
abstract class ApiCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        run(server.client());
        return ExitCode.OK;
    }

    /** Does the work; failures are exceptions that {@link FailureHandler} turns into a line and an exit code. */
    abstract void run(ApiClient api);

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
