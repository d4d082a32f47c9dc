import { Card, Link, Stack } from '@cavra/ui';

interface DashboardLink {
  title: string;
  href: string;
}

// Public documentation for each provider, safe to show to any user.
const DOCS: DashboardLink[] = [
  { title: 'Grafana dashboards', href: 'https://grafana.com/docs/grafana/latest/dashboards/' },
  { title: 'Datadog dashboards', href: 'https://docs.datadoghq.com/dashboards/' },
  { title: 'Kibana', href: 'https://www.elastic.co/guide/en/kibana/current/dashboard.html' },
  { title: 'Node Exporter Full', href: 'https://grafana.com/grafana/dashboards/1860-node-exporter-full/' },
  { title: 'Grafana Play', href: 'https://play.grafana.org/d/000000012/grafana-play-home' },
];

// Internal links for the staff build.
const STAFF: DashboardLink[] = [
  { title: 'Checkout latency', href: 'https://grafana.prod.cavra.io/d/f3Kq9zWmk/checkout-latency?orgId=1&from=now-6h&to=now' }, ⟦expect:dashboard-url⟧
  { title: 'Tenant usage', href: 'https://app.datadoghq.com/dashboard/x7c-2mq-9rd/tenant-usage-overview?fromUser=false&refresh_mode=sliding' }, ⟦expect:dashboard-url⟧
  { title: 'API errors', href: 'https://cavra.sentry.io/issues/?project=4506227715284992&query=is%3Aunresolved' }, ⟦expect:dashboard-url⟧
];

export function Dashboards({ staff }: { staff: boolean }) {
  const links = staff ? [...DOCS, ...STAFF] : DOCS;
  return (
    <Stack>
      {links.map((link) => (
        <Card key={link.href}>
          <Link href={link.href}>{link.title}</Link>
        </Card>
      ))}
      <Link href={`${import.meta.env.VITE_GRAFANA_URL}/d/${import.meta.env.VITE_DASHBOARD_UID}`}>Your dashboard</Link>
      <Link href="http://localhost:3000/d/local-dev/overview">Local Grafana</Link>
    </Stack>
  );
}
