import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../ui/i18n/i18n';

interface FilterDisclosureProps {
  /** How many filters are on, shown on the button so a closed panel still says the view is narrowed. */
  activeCount: number;
  children: ReactNode;
}

/**
 * On a phone the filters fold behind one button, so the first screen is the story rather than a wall of
 * controls; wider screens show them always and never draw the button (global.css).
 */
export function FilterDisclosure({ activeCount, children }: FilterDisclosureProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className={`filter-disclosure${open ? ' filter-disclosure--open' : ''}`}>
      <button
        type="button"
        className="button filter-disclosure__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t('filters.label')}
        {activeCount > 0 ? (
          <span className="filter-disclosure__count">{t('filters.activeCount', { count: activeCount })}</span>
        ) : null}
      </button>
      <div id={panelId} className="filter-disclosure__panel">
        {children}
      </div>
    </div>
  );
}
