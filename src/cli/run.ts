/**
 * The CLI as a function: `runCli(io)` runs one command with the given
 * arguments, streams and environment and returns the exit code (see
 * `EXIT_CODES`). `main.ts` calls it with the process's; tests call it
 * in-process. Every error goes to stderr as lines prefixed
 * `interview-followup:`.
 */
import pkg from '../../package.json' with { type: 'json' };
import { colorFlags, writeError } from './color.js';
import { checkRulesCommand } from './commands/check-rules.js';
import { draftCommand } from './commands/draft.js';
import { planCommand } from './commands/plan.js';
import { rulesCommand } from './commands/rules.js';
import { schemaCommand } from './commands/schema.js';
import { HELP, MAIN_HELP } from './help.js';
import { CliError, type CliIo, EXIT, UsageError, write } from './io.js';
import { didYouMean } from './parse-flags.js';

export type { CliIo } from './io.js';

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => Promise<number>> = {
  plan: planCommand,
  schema: schemaCommand,
  rules: rulesCommand,
  'check-rules': checkRulesCommand,
  draft: draftCommand,
};
const NAMES = Object.keys(COMMANDS);
const GLOBAL_FLAGS = ['--help', '--version', '--color', '--no-color'];

function unknownCommand(command: string): UsageError {
  if (command.startsWith('-')) {
    return new UsageError(`Unknown option ${command}.${didYouMean(command, GLOBAL_FLAGS)}`);
  }
  return new UsageError(
    `Unknown command ${JSON.stringify(command)}.${didYouMean(command, NAMES)} Commands: ${NAMES.join(', ')}.`,
  );
}

async function dispatch(io: CliIo): Promise<number> {
  const [command, ...args] = io.argv;
  if (command === undefined) {
    throw new UsageError(`Name a command: ${NAMES.join(', ')}.`);
  }
  if (command === '--help' || command === '-h') {
    await write(io.stdout, MAIN_HELP);
    return EXIT.ok;
  }
  if (command === '--version' || command === '-v') {
    await write(io.stdout, `${pkg.version}\n`);
    return EXIT.ok;
  }
  if (command === 'help') {
    const topic = args[0];
    const text =
      topic === undefined ? MAIN_HELP : Object.hasOwn(HELP, topic) ? HELP[topic] : undefined;
    if (text === undefined) throw unknownCommand(topic as string);
    await write(io.stdout, text);
    return EXIT.ok;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run === undefined) throw unknownCommand(command);
  return await run(args, io);
}

/** Runs one CLI command; returns its exit code. */
export async function runCli(io: CliIo): Promise<number> {
  const { argv, color } = colorFlags(io.argv);
  const ctx: CliIo = { ...io, argv, color: color ?? io.color };
  try {
    return await dispatch(ctx);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const hint =
      error.exitCode !== EXIT.usage
        ? ''
        : `\nRun interview-followup ${error.command ? `${error.command} ` : ''}--help for usage.`;
    await writeError(ctx, `${error.message}${hint}`);
    return error.exitCode;
  }
}
