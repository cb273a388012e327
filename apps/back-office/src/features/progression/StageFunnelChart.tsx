import type { BackOfficeStageFunnelQuery } from '@relais/graphql-client';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

type Step = BackOfficeStageFunnelQuery['stageFunnel']['steps'][number];

/** Partners by stage as bars; the table beside it carries the same figures for screen readers. */
export function StageFunnelChart({ steps }: { steps: readonly Step[] }) {
  const { t } = useTranslation();
  const data = steps.map((s) => ({ name: t(`progression.stage.${s.stage}`), current: s.current, completed: s.completed }));
  return (
    <figure className="stage-funnel" aria-hidden="true">
      <ResponsiveContainer width="100%" height={280}>
        {/* The table beside the chart is the accessible form of these figures; the chart takes no focus. */}
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={{ fill: '#1b2430', fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fill: '#1b2430', fontSize: 12 }} width={40} />
          <Tooltip />
          <Legend />
          <Bar dataKey="current" name={t('backofficeProgression.funnel.current')} fill="#0b5394" />
          <Bar dataKey="completed" name={t('backofficeProgression.funnel.completed')} fill="#1e6b34" />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
