import { useI18n } from './i18n/i18n';

interface NoticeListProps {
  title: string;
  messages: readonly string[];
  onDismiss: () => void;
}

/** A non-blocking note about something the app ignored or repaired; the reader can dismiss it. */
export function NoticeList({ title, messages, onDismiss }: NoticeListProps) {
  const { t } = useI18n();
  if (messages.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p className="notice__title">{title}</p>
      <ul className="notice__list">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      <button type="button" className="button button--quiet notice__dismiss" onClick={onDismiss}>
        {t('ui.notice.dismiss')}
      </button>
    </div>
  );
}
