/**
 * The CLI as a function: `runCli(io)` runs one command with the given
 * arguments, streams and environment and returns the exit code. `main.ts`
 * calls it with the process's; tests call it in-process.
 */
import pkg from '../../package.json' with { type: 'json' };
import { checkRulesCommand } from './commands/check-rules.js';
import { planCommand } from './commands/plan.js';
import { rulesCommand } from './commands/rules.js';
import { schemaCommand } from './commands/schema.js';
import { HELP, MAIN_HELP } from './help.js';
import { type CliIo, EXIT, UsageError, write } from './io.js';

export type { CliIo } from './io.js';

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => Promise<number>> = {
  plan: planCommand,
  schema: schemaCommand,
  rules: rulesCommand,
  'check-rules': checkRulesCommand,
};

export async function runCli(io: CliIo): Promise<number> {
  const [command, ...args] = io.argv;
  try {
    if (command === undefined || command === '--help' || command === '-h') {
      await write(command === undefined ? io.stderr : io.stdout, MAIN_HELP);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
      await write(io.stdout, `${pkg.version}\n`);
      return EXIT.ok;
    }
    if (command === 'help') {
      const topic = args[0];
      const text = topic === undefined ? MAIN_HELP : HELP[topic];
      if (text === undefined) throw new UsageError(`Unknown command ${JSON.stringify(topic)}.`);
      await write(io.stdout, text);
      return EXIT.ok;
    }
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (run === undefined) {
      throw new UsageError(`Unknown command ${JSON.stringify(command)}.`);
    }
    return await run(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const hint = error.command
      ? `Run interview-followup ${error.command} --help for usage.`
      : 'Run interview-followup --help for usage.';
    await write(io.stderr, `interview-followup: ${error.message}\n${hint}\n`);
    return EXIT.usage;
  }
}
