/**
 * The {@code sst} command: a researcher at a terminal checking, querying and archiving SST case files.
 *
 * <p>{@link org.sstlib.cli.Main} is the {@code sst} command itself; each subcommand is one class beside it
 * ({@code ValidateCommand} for {@code sst validate}). Run it from the repository root with the {@code ./sst}
 * launcher, or in-process:
 *
 * <pre>{@code
 * int exitCode = Main.commandLine().execute("validate", "examples/cases/hughes-2022.yaml");
 * }</pre>
 *
 * <p>To add a command: write a package-private class annotated with picocli's {@code @Command}, implementing
 * {@code Callable<Integer>}, with {@code mixinStandardHelpOptions = true}; list it in {@code Main}'s
 * {@code subcommands}; print results to {@code spec.commandLine().getOut()} and reasons to {@code getErr()};
 * return an {@link org.sstlib.cli.ExitCodes exit code}. A mistake in the user's input (a bad file, an invalid
 * case) leaves a command as an {@link org.sstlib.core.SstException} or a {@code UserError} ({@code UserError.in(file,
 * e)} names the file an exception's problems were found in); {@code UserErrorHandler} prints every problem, one a
 * line as {@code file:line:column: path: message}, and exits with {@link org.sstlib.cli.ExitCodes#INVALID}. Anything
 * else a command throws is treated as a fault in {@code sst} ({@link org.sstlib.cli.ExitCodes#INTERNAL}), except an
 * input or output error of the system ({@code FileErrors}), which is the environment's; picocli itself answers bad
 * usage ({@link org.sstlib.cli.ExitCodes#USAGE}). A command need not check its output: {@code OutputCheck} checks
 * standard output once the command has run and exits 1 with the reason if it could not all be written. A command
 * that offers {@code -f csv} takes the {@code CsvOptions} mixin and passes it to {@code Tables.print}.
 */
package org.sstlib.cli;

