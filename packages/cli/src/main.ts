import { Command, CommanderError } from 'commander';
import { version } from '@reinstate/server';
import { describeError, exitCodeOf, exitCodes } from './cli-error.ts';
import { commands } from './commands/index.ts';

/** Builds the `reinstate` program; each command lives in its own file under commands/. */
export function buildProgram(): Command {
  const program = new Command('reinstate')
    .description('Account health and appeals for Amazon sellers, on your own machine.')
    .version(version, '-v, --version', 'print the version')
    .option('--data-dir <dir>', 'data directory (default: $REINSTATE_DATA_DIR, else $XDG_DATA_HOME/reinstate or ~/.local/share/reinstate)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  program.configureOutput({ writeErr: (text) => process.stderr.write(text) });
  for (const register of commands) register(program);
  return program;
}

/** Runs the CLI and returns the exit code: 0 ok, 1 user error, 2 internal error. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.commands.forEach((command) => command.exitOverride());
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCodes.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return exitCodes.ok;
      return exitCodes.user;
    }
    process.stderr.write(`reinstate: ${describeError(err)}\n`);
    return exitCodeOf(err);
  }
}
