import { describe, expect, it } from 'vitest';
import slackWebhookUrl from '../../patterns/escalation-webhook/slack-webhook-url.js';
import { createEngine, keyPathMatches } from '../../src/engine/index.js';
import { MAX_KEY_PATH_DEPTH } from '../../src/engine/key-path.js';

const engine = createEngine([slackWebhookUrl]);
const hook = String(slackWebhookUrl.samples().positive[0]);
const keyPath = (text: string, path: string): string | undefined => engine.scanText(text, { path }).findings[0]?.keyPath;

describe('key paths', () => {
  it('walks JSON structurally, arrays included', () => {
    const text = JSON.stringify({ service: { alerts: [{ name: 'a' }, { name: 'b', webhook_url: hook }] } }, null, 2);
    expect(keyPath(text, 'config/alerts.json')).toBe('service.alerts[1].webhook_url');
  });

  it('walks minified JSON and survives escaped quotes', () => {
    const text = `{"a":"x\\"y","b":{"c":[1,2],"d":"${hook}"}}`;
    expect(keyPath(text, 'a.json')).toBe('b.d');
  });

  it('climbs YAML indentation, list items included', () => {
    const text = `alerting:\n  receivers:\n    - name: oncall\n      slack_url: ${hook}\n`;
    expect(keyPath(text, 'values.yaml')).toBe('alerting.receivers.slack_url');
  });

  it('keeps the last MAX_KEY_PATH_DEPTH keys of a deeper value, after an elided first segment', () => {
    const depth = MAX_KEY_PATH_DEPTH + 8;
    const keys = Array.from({ length: depth }, (_, i) => `k${i}`);
    const json = `${keys.map((k) => `{"${k}":`).join('')}"${hook}"${'}'.repeat(depth)}`;
    const expected = ['…', ...keys.slice(-MAX_KEY_PATH_DEPTH)].join('.');
    expect(keyPath(json, 'deep.json')).toBe(expected);
    const yaml = `${keys.slice(0, -1).map((k, i) => `${'  '.repeat(i)}${k}:`).join('\n')}\n${'  '.repeat(depth - 1)}${keys.at(-1)}: ${hook}\n`;
    expect(keyPath(yaml, 'deep.yaml')).toBe(expected);
  });

  it("finds a YAML value's parent above thousands of siblings", () => {
    const siblings = Array.from({ length: 5000 }, (_, i) => `  key_${i}: ${i}`).join('\n');
    expect(keyPath(`alerting:\n${siblings}\n  slack_url: ${hook}\n`, 'values.yaml')).toBe('alerting.slack_url');
  });

  it('gives the assigned key in .env, Python and object literals', () => {
    expect(keyPath(`SLACK_WEBHOOK_URL=${hook}\n`, '.env')).toBe('SLACK_WEBHOOK_URL');
    expect(keyPath(`WEBHOOK = "${hook}"\n`, 'settings.py')).toBe('WEBHOOK');
    expect(keyPath(`const cfg = { alertHook: '${hook}' };`, 'a.ts')).toBe('alertHook');
  });

  it('adds the TOML table', () => {
    expect(keyPath(`[alerts]\nwebhook = "${hook}"\n`, 'conf.toml')).toBe('alerts.webhook');
  });

  it('matches key-path patterns with * and **', () => {
    expect(keyPathMatches('service.*.webhook_url', 'service.alerts.webhook_url')).toBe(true);
    expect(keyPathMatches('service.alerts[*].webhook_url', 'service.alerts[3].webhook_url')).toBe(true);
    expect(keyPathMatches('**.webhook_url', 'a.b.c.webhook_url')).toBe(true);
    expect(keyPathMatches('service.webhook_url', 'service.alerts.webhook_url')).toBe(false);
  });
});
