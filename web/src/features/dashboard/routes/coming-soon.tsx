import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { areaByKey, type AreaKey } from '@/features/dashboard/components/areas';

export function ComingSoonRoute({ area: key }: { area: AreaKey }) {
  const area = areaByKey(key);
  const Icon = area.icon;
  return (
    <>
      <PageHeader title={area.label} description={area.description} />
      <section
        aria-label={`${area.label} status`}
        className="flex flex-col items-center rounded-lg border border-dashed border-border-strong bg-surface px-6 py-14 text-center"
      >
        <span className="flex size-12 items-center justify-center rounded-full bg-accent-soft text-accent">
          <Icon className="size-6" />
        </span>
        <Badge tone="accent" className="mt-4">
          Coming soon
        </Badge>
        <p className="mt-3 max-w-md text-sm text-fg-muted">
          {area.label} is being built. This page will light up as soon as it is ready for your
          organisation.
        </p>
      </section>
    </>
  );
}
