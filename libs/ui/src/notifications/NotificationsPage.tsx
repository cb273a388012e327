import './notifications.css';

import { useMutation, useQuery } from '@apollo/client/react';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationsReadDocument,
  type NotificationItemFragment,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from '@relais/graphql-client';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Alert, LiveRegion } from '../components/Alert';
import { Button } from '../components/Button';
import { PageHeader } from '../components/Card';
import { EmptyState } from '../components/EmptyState';
import { Pagination } from '../components/Pagination';
import { Spinner } from '../components/Spinner';
import { errorMessage } from '../errors/error-message';
import { useFormat } from '../format/use-format';
import { useDocumentTitle } from '../shell/use-document-title';
import { notificationSentence, relativeTime } from './notification-text';

const PAGE_SIZE = 20;

/** The signed-in user's notifications, newest first: opening one marks it read and follows its link. */
export function NotificationsPage({ settingsPath }: { settingsPath?: string } = {}) {
  const { t } = useTranslation();
  const format = useFormat();
  const filterId = useId();
  const [offset, setOffset] = useState(0);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  useDocumentTitle(t('notifications.title'));

  const list = useQuery(NotificationsDocument, { variables: { page: { offset, limit: PAGE_SIZE }, unreadOnly }, fetchPolicy: 'cache-and-network' });
  const refetchQueries = [UnreadNotificationCountDocument, NotificationsDocument];
  const [markRead] = useMutation(MarkNotificationsReadDocument, { refetchQueries: [UnreadNotificationCountDocument] });
  const [markAll, markingAll] = useMutation(MarkAllNotificationsReadDocument, { refetchQueries });
  const page = list.data?.notifications;
  // The bell keeps this count fresh; when it grows, new notifications are shown without a reload.
  const unreadCount = useQuery(UnreadNotificationCountDocument, { fetchPolicy: 'cache-first' }).data?.unreadNotificationCount;
  const anyUnread = (unreadCount ?? 0) > 0 || (page?.items.some((n) => !n.readAt) ?? false);
  const lastCount = useRef(unreadCount);
  const { refetch } = list;
  useEffect(() => {
    if (unreadCount !== undefined && lastCount.current !== undefined && unreadCount > lastCount.current) void refetch().catch(() => undefined);
    lastCount.current = unreadCount;
  }, [unreadCount, refetch]);

  const onMarkAll = async () => {
    setStatus(null);
    try {
      await markAll();
      setStatus(t('notifications.markedAllRead'));
    } catch (error) {
      setStatus(errorMessage(t, error));
    }
  };
  const open = (notification: NotificationItemFragment) => {
    // The page changes at once; the mark finishes in the background and the bell follows it.
    if (!notification.readAt) void markRead({ variables: { ids: [notification.id] } }).catch(() => undefined);
  };

  return (
    <div className="r-stack">
      <PageHeader
        title={t('notifications.title')}
        intro={t('notifications.intro')}
        actions={settingsPath ? <Link to={settingsPath}>{t('notificationSettings.link')}</Link> : undefined}
      />
      <div className="r-notifications__tools">
        <label className="r-notifications__filter" htmlFor={filterId}>
          <input
            id={filterId}
            type="checkbox"
            checked={unreadOnly}
            onChange={(event) => {
              setUnreadOnly(event.target.checked);
              setOffset(0);
            }}
          />
          {t('notifications.unreadOnly')}
        </label>
        <Button variant="secondary" size="sm" busy={markingAll.loading} disabled={!anyUnread && !markingAll.loading} onClick={() => void onMarkAll()}>
          {markingAll.loading ? t('notifications.markingAllRead') : t('notifications.markAllRead')}
        </Button>
      </div>
      <LiveRegion message={status} tone={markingAll.error ? 'error' : 'success'} />
      {list.error ? <Alert tone="error">{t('notifications.loadFailed')} {errorMessage(t, list.error)}</Alert> : null}
      {!page && list.loading ? <Spinner label={t('common.loading')} /> : null}
      {page ? (
        page.items.length === 0 ? (
          <EmptyState title={unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}>{unreadOnly ? null : t('notifications.emptyBody')}</EmptyState>
        ) : (
          <>
            <ul className="r-notifications__list" aria-label={t('notifications.listLabel')}>
              {page.items.map((notification) => (
                <NotificationRow
                  key={notification.id}
                  notification={notification}
                  sentence={notificationSentence(t, format, notification)}
                  when={relativeTime(format, notification.createdAt) ?? t('notifications.justNow')}
                  exactWhen={format.dateTime(notification.createdAt)}
                  onOpen={() => open(notification)}
                />
              ))}
            </ul>
            <Pagination offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
          </>
        )
      ) : null}
    </div>
  );
}

interface NotificationRowProps {
  notification: NotificationItemFragment;
  sentence: string;
  when: string;
  exactWhen: string;
  onOpen(): void;
}

function NotificationRow({ notification, sentence, when, exactWhen, onOpen }: NotificationRowProps) {
  const { t } = useTranslation();
  const unread = !notification.readAt;
  const text = (
    <>
      {unread ? <span className="r-visually-hidden">{`${t('notifications.unreadPrefix')} `}</span> : null}
      {sentence}
    </>
  );
  return (
    <li className={['r-notification', unread ? 'r-notification--unread' : ''].filter(Boolean).join(' ')}>
      <span className="r-notification__dot" aria-hidden="true" />
      <div className="r-notification__body">
        {notification.link ? (
          <Link className="r-notification__text" to={notification.link} onClick={onOpen}>
            {text}
          </Link>
        ) : (
          <p className="r-notification__text">{text}</p>
        )}
        <time className="r-notification__time" dateTime={notification.createdAt} title={exactWhen}>
          {when}
        </time>
        {!notification.link && unread ? (
          <Button className="r-notification__mark" variant="secondary" size="sm" onClick={onOpen}>
            {t('notifications.markRead')}
          </Button>
        ) : null}
      </div>
    </li>
  );
}
