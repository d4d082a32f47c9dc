import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { communityBaseline } from '@cavra/policy-packs-community';

export interface PolicyPackManifest {
  name: string;
  tier: 'community' | 'enterprise';
  rules: string[];
}

/** Loads a pack manifest; only community packs ship in this repository. */
export async function loadPack(path: string): Promise<PolicyPackManifest> {
  const manifest = parse(await readFile(path, 'utf8')) as PolicyPackManifest;
  if (manifest.tier !== 'community') {
    throw new Error(`policy pack ${manifest.name} is ${manifest.tier}; install it from the private registry`);
  }
  return manifest;
}

export const BUILTIN = [communityBaseline];
