import './notifications.css';

import { useMutation, useQuery } from '@apollo/client/react';
import {
  type NotificationChannel,
  type NotificationPreferenceFieldsFragment,
  NotificationPreferencesDocument,
  SetNotificationPreferenceDocument,
} from '@relais/graphql-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Alert, LiveRegion } from '../components/Alert';
import { PageHeader } from '../components/Card';
import { EmptyState } from '../components/EmptyState';
import { Spinner } from '../components/Spinner';
import { errorMessage } from '../errors/error-message';
import { useDocumentTitle } from '../shell/use-document-title';

/**
 * The signed-in user's switches: each kind in the app and by e-mail. Each box saves at once (a
 * settings list, not a form); a way a kind is never sent shows as "—" instead of a box.
 */
export function NotificationSettingsPage({ notificationsPath }: { notificationsPath: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('notificationSettings.title'));
  const { data, loading, error } = useQuery(NotificationPreferencesDocument, { fetchPolicy: 'cache-and-network' });
  const [save, saving] = useMutation(SetNotificationPreferenceDocument);
  const [status, setStatus] = useState<string | null>(null);
  // The box follows the click at once; the saved value replaces it, or a failure puts the old one back.
  const [changed, setChanged] = useState<Record<string, NotificationPreferenceFieldsFragment>>({});
  const preferences = data?.notificationPreferences.map((preference) => changed[preference.kind] ?? preference);

  const toggle = async (preference: NotificationPreferenceFieldsFragment, channel: NotificationChannel, enabled: boolean) => {
    setStatus(null);
    const remember = (value: NotificationPreferenceFieldsFragment) => setChanged((all) => ({ ...all, [preference.kind]: value }));
    remember({ ...preference, ...(channel === 'IN_APP' ? { inApp: enabled } : { email: enabled }) });
    const result = await save({ variables: { input: { kind: preference.kind, channel, enabled } } }).catch(() => null);
    remember(result?.data?.setNotificationPreference ?? preference);
    if (result?.data) setStatus(t(enabled ? 'notificationSettings.switchedOn' : 'notificationSettings.switchedOff', { kind: kindLabel(preference.kind), channel: t(`notificationSettings.channel.${channel}`) }));
  };
  const kindLabel = (kind: string) => t(`notificationSettings.kinds.${kind}`, { defaultValue: kind });

  const box = (preference: NotificationPreferenceFieldsFragment, channel: NotificationChannel) => {
    const value = channel === 'IN_APP' ? preference.inApp : preference.email;
    if (value === null || value === undefined)
      return (
        <>
          <span aria-hidden="true">—</span>
          <span className="r-visually-hidden">{t('notificationSettings.notSent')}</span>
        </>
      );
    return (
      <input
        type="checkbox"
        className="r-notification-settings__box"
        checked={value}
        aria-label={`${kindLabel(preference.kind)} — ${t(`notificationSettings.channel.${channel}`)}`}
        onChange={(event) => void toggle(preference, channel, event.target.checked)}
      />
    );
  };

  return (
    <div className="r-stack">
      <PageHeader title={t('notificationSettings.title')} intro={t('notificationSettings.intro')} actions={<Link to={notificationsPath}>{t('notificationSettings.backToNotifications')}</Link>} />
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {saving.error ? <Alert tone="error">{errorMessage(t, saving.error)}</Alert> : null}
      <LiveRegion tone="success" message={status} />
      {!preferences && loading ? <Spinner label={t('common.loading')} /> : null}
      {preferences && preferences.length === 0 ? <EmptyState title={t('notificationSettings.none')} /> : null}
      {preferences && preferences.length > 0 ? (
        <div className="r-table-wrap">
          <table className="r-table r-notification-settings">
            <caption className="r-table__caption">{t('notificationSettings.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('notificationSettings.kind')}</th>
                <th scope="col">{t('notificationSettings.channel.IN_APP')}</th>
                <th scope="col">{t('notificationSettings.channel.EMAIL')}</th>
              </tr>
            </thead>
            <tbody>
              {preferences.map((preference) => (
                <tr key={preference.kind}>
                  <th scope="row">{kindLabel(preference.kind)}</th>
                  <td>{box(preference, 'IN_APP')}</td>
                  <td>{box(preference, 'EMAIL')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
