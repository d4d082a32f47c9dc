import { defineDetector } from '../../src/engine/define-detector.js';
import type { Detector } from '../../src/engine/types.js';
import { alternation } from '../enterprise-source/support/alternation.js';
import { DEFAULT_CATALOG_SETTINGS, type CatalogSettings } from '../support/settings.js';

const id = 'private-service-repo-source';

/** A repository of the hosted service's code: `saas-backend`, `saas-api`, `control-plane`, … */
const SAAS_REPO = /saas[_-]?(?:backend|service|server|api|platform|infra|ops|control[_-]?plane|workers?|scheduler)|control[_-]?plane/iu;

/**
 * Infrastructure and build files that pull the hosted service's code or
 * images from the product's private repositories (settings.productNames):
 * Terraform module sources (with or without a scheme), Helm chart and
 * Kustomize remote bases, git dependencies, submodules and container images
 * whose reference names the product and a SaaS backend or control-plane
 * repository (`git::ssh://git@github.com/<product>-private/saas-backend.git//modules/…`).
 * Links to the product's public repository and third-party control-plane
 * modules are not sources of private code; a dependency entry of a private
 * package (`"@<product>/saas-x": "git+https://…"`) is reported once, as that
 * package's import.
 */
export default function privateServiceRepoSource(settings: CatalogSettings = DEFAULT_CATALOG_SETTINGS): Detector {
  const names = settings.productNames.map((n) => n.toLowerCase()).filter((n) => /^[a-z0-9][a-z0-9._-]{0,40}$/u.test(n));
  const first = names[0] ?? 'product';
  /** `<product>-private`, `<product>_internal`, …: an organisation that holds private code. */
  const packages = [...new Set(settings.privatePackages.map((p) => p.toLowerCase()))].filter((p) => /^@?[a-z0-9][a-z0-9._/-]{0,100}$/u.test(p));
  const dependencyEntry = new RegExp(`\\\\?["']${alternation(packages)}[\\w./-]{0,100}\\\\?["'][ \\t]{0,4}:`, 'iu');
  const privateOrg = new RegExp(`^${alternation(names)}[_.-]?(?:private|internal|saas|corp|ops|ee|enterprise)$`, 'iu');
  return defineDetector({
    id,
    name: 'Private service repository source',
    category: 'saas-backend-code',
    severity: 'error',
    precedence: 2,
    description: 'Terraform module sources, chart, git and image references that pull the hosted service from the product’s private SaaS backend or control-plane repositories.',
    regex:
      /(?<![\w.@/-])(?<secret>(?:(?:git::|git\+)?(?:(?:ssh|https?|git):\/\/(?:[\w.-]{1,60}@)?|git@)[\w.-]{1,100}(?::\d{1,5})?|github\.com|gitlab\.com|bitbucket\.org|ghcr\.io|quay\.io|docker\.io|gcr\.io|[\w-]{1,40}-docker\.pkg\.dev)[/:](?<org>[\w.-]{1,80})\/(?<repo>[\w.-]{1,100})(?:[/?#][^\s"'`<>)\]\\]{0,200})?)/iu,
    keywords: [
      ...new Set([...names.flatMap((n) => [`${n}-private`, `${n}_private`, `${n}-internal`]), '/saas', '-saas', '_saas', 'control-plane', 'control_plane', 'controlplane']),
    ],
    validate: (secret, { groups, line }) => {
      const org = groups.org ?? '';
      const repo = (groups.repo ?? '').replace(/\.git$/iu, '');
      if (dependencyEntry.test(line)) return false;
      const owned = names.some((n) => org.toLowerCase().includes(n) || repo.toLowerCase().includes(n));
      if (!owned) return false;
      if (SAAS_REPO.test(repo)) return true;
      // A private organisation's repository holding the hosted service under a subpath.
      return privateOrg.test(org) && SAAS_REPO.test(secret.slice(secret.indexOf(repo) + repo.length));
    },
    samples: () => ({
      positive: [
        `source = "git::ssh://git@github.com/${first}-private/saas-backend.git//modules/control-plane?ref=v3.2.0"`,
        `repository: https://gitlab.com/${first}/${first}-control-plane.git`,
        `git+ssh://git@github.com/${first}-internal/platform.git#path=services/saas-api`,
        `url = git@github.com:${first}/saas-workers.git`,
        `image: ghcr.io/${first}-private/control-plane:3.2.0`,
        `source = "github.com/${first}/${first}-saas-infra//modules/tenants"`,
      ],
      negative: [
        `https://github.com/${first}/${first}/blob/main/docs/architecture/saas-operating-automation-contract.md`,
        'source = "git::https://github.com/terraform-aws-modules/terraform-aws-eks.git//modules/control-plane?ref=v20.8.4"',
        'https://github.com/northbridge/saas-backend',
        `https://github.com/${first}/${first}-cli.git`,
        `https://github.com/${first}-private/design-assets.git`,
        `image: ghcr.io/${first}/${first}-cli:1.4.0`,
        `"${packages.find((p) => p.startsWith('@')) ?? '@private'}/scheduler": "git+https://github.com/${first}-private/saas-scheduler.git#v0.9.2"`,
      ],
    }),
  });
}
