// Mozilla's addons-linter over the Firefox build: errors fail, warnings are printed.
import { existsSync } from 'node:fs';
import linter from 'addons-linter';

const dir = process.argv[2] ?? '.output/firefox-mv3';
if (!existsSync(dir)) {
  console.error(`No Firefox build at ${dir}: run \`npm run build:firefox\` first.`);
  process.exit(2);
}
const instance = linter.createInstance({
  config: {
    _: [dir],
    logLevel: 'fatal',
    stack: false,
    pretty: false,
    warningsAsErrors: false,
    metadata: false,
    output: 'none',
    boring: false,
    selfHosted: false,
    privileged: false,
  },
  runAsBinary: false,
});
const result = await instance.run();
for (const level of ['errors', 'warnings', 'notices']) {
  for (const m of result[level])
    console.log(`${level.slice(0, -1)}: ${m.code} ${m.file ?? ''} ${m.message}`);
}
const { errors, warnings, notices } = result.summary;
console.log(`addons-linter: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors > 0 ? 1 : 0);
