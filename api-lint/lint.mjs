// Lints the OpenAPI documents the services' builds store in <service>/target/openapi/ with the rules
// of redocly.yaml (the same engine as the Redocly CLI, without its documentation renderer).
// Usage: node lint.mjs                       every service's document; exit 1 on any error or a missing document
//        node lint.mjs --expect-errors F...  the documents F must each have at least one error (the check can fail)
import { lint, loadConfig } from '@redocly/openapi-core';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const SERVICES = ['station-service', 'locker-service', 'rating-service', 'volunteer-service', 'partner-service'];

const config = await loadConfig({ configPath: join(here, 'redocly.yaml') });

async function problems(ref, expected = false) {
  const found = await lint({ ref, config });
  const errors = found.filter((p) => p.severity === 'error');
  const warnings = found.length - errors.length;
  for (const p of errors) {
    console.log(`  ${expected ? 'expected ' : ''}error ${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer ?? '#'}`);
  }
  return { errors: errors.length, warnings };
}

const args = process.argv.slice(2);
let failed = false;
if (args[0] === '--expect-errors') {
  for (const ref of args.slice(1)) {
    const { errors } = await problems(ref, true);
    console.log(`${relative(root, ref)}: ${errors} error(s) expected and found`);
    if (errors === 0) {
      console.log(`FAIL ${relative(root, ref)} has no error: the linter would not catch what it must`);
      failed = true;
    }
  }
} else {
  for (const service of SERVICES) {
    const ref = join(root, service, 'target', 'openapi', 'openapi.yaml');
    if (!existsSync(ref)) {
      console.log(`FAIL ${relative(root, ref)} is missing: build ${service} first (./mvnw -pl api-lint -am verify)`);
      failed = true;
      continue;
    }
    const { errors, warnings } = await problems(ref);
    console.log(`OpenAPI lint ${service}: ${errors} error(s), ${warnings} warning(s)`);
    if (errors > 0) failed = true;
  }
}
process.exit(failed ? 1 : 0);
