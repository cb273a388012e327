import './notifications.css';

import { useQuery, useSubscription } from '@apollo/client/react';
import { NotificationAddedDocument, UnreadNotificationCountDocument } from '@relais/graphql-client';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

import { useFormat } from '../format/use-format';

/**
 * New notifications arrive over the socket (notificationAdded) and refresh the count at once. The
 * count is still polled, slowly, for what a dropped socket missed; a hidden tab does not poll, and
 * is refreshed when it gets the focus again.
 */
const POLL_MS = 120_000;

/** The header's link to the notifications page, with the unread count in its name and on its badge. */
export function NotificationBell({ to }: { to: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, refetch } = useQuery(UnreadNotificationCountDocument, {
    pollInterval: POLL_MS,
    skipPollAttempt: () => document.visibilityState === 'hidden',
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const count = data?.unreadNotificationCount ?? 0;
  useSubscription(NotificationAddedDocument, {
    onData: () => void refetch().catch(() => undefined),
  });

  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === 'visible') void refetch().catch(() => undefined);
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [refetch]);

  // New notifications are announced once, politely; the first count of the page is not news.
  const previous = useRef<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (data === undefined) return;
    const before = previous.current;
    previous.current = count;
    if (before !== null && count > before) setAnnouncement(t('notifications.newArrived', { count }));
  }, [data, count, t]);

  const label = count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell');
  return (
    <>
      <NavLink to={to} className="r-bell" aria-label={label} title={label}>
        <svg className="r-bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
        </svg>
        {count > 0 ? (
          <span className="r-bell__count" aria-hidden="true">
            {count > 99 ? `${format.number(99)}+` : format.number(count)}
          </span>
        ) : null}
      </NavLink>
      <span className="r-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </span>
    </>
  );
}
