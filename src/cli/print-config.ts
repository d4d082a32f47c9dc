/**
 * `scan --print-config`: the config a scan would run with, as JSON: which
 * file was found, every key with its default applied, and the level each
 * detector runs at. The hash key is never printed, only whether it is set.
 */
import { relative, resolve } from 'node:path';
import { HASH_KEY_ENV } from '../engine/hash.js';
import { loadConfig, type ResolvedConfig } from '../scanner/config.js';
import { envHashKey } from '../scanner/hash-key.js';
import { real, resolveScanRoot } from '../scanner/discover.js';
import { configuredDetectors } from '../scanner/rules.js';
import { safeJson } from './terminal.js';

/** Version of the `scan --print-config` document. */
export const PRINT_CONFIG_VERSION = 1;

/** The effective config of a scan from `cwd` over `paths`; throws as `scan` does (UsageError, ConfigError). */
export async function effectiveConfig(options: { cwd: string; paths: readonly string[]; git: boolean; config?: string }): Promise<string> {
  const scanRoot = await resolveScanRoot(options.cwd, options.paths, options.git);
  const cwd = real(resolve(options.cwd)) ?? resolve(options.cwd);
  const { config, warnings } = loadConfig({ root: scanRoot.root, cwd, ...(options.config !== undefined ? { explicit: options.config } : {}) });
  const { hashKey, file, ...rest } = config as ResolvedConfig & Record<string, unknown>;
  const { detectors, severity, ids } = configuredDetectors(config);
  const on = new Map(detectors.map((d) => [d.id, severity[d.id] ?? d.severity]));
  const shown = (path: string): string => relative(cwd, path).split('\\').join('/') || '.';
  return `${safeJson({
    version: PRINT_CONFIG_VERSION,
    root: shown(scanRoot.root),
    git: scanRoot.git,
    file: file !== undefined ? shown(file) : null,
    config: { ...rest, hashKey: hashKey !== undefined ? 'set' : 'not set' },
    // The environment's key wins over the config's (src/scanner/hash-key.ts).
    environment: { [HASH_KEY_ENV]: envHashKey() !== undefined ? 'set' : 'not set' },
    levels: Object.fromEntries(ids.map((id) => [id, on.get(id) ?? 'off'])),
    warnings: warnings.map((w) => ({ code: w.code, message: w.message })),
  })}\n`;
}
