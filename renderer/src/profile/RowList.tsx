// A list of profile rows (education, work periods, certificates): add, remove with Undo, move up/down.
// Focus follows the row the user acted on, so the keyboard never lands at the top of the page.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { useToast } from '../toasts';

interface Props<T extends { id: string }> {
  rows: readonly T[];
  onChange(update: (rows: T[]) => T[]): void;
  make(id: string): T;
  rowLabel(index: number): string;
  addLabel: string;
  emptyText: string;
  children(row: T, index: number, update: (patch: Partial<T>) => void): ReactNode;
}

type Focus = { rowId: string; target: 'first' | 'up' | 'down' } | { rowId: null; target: 'add' };

export function RowList<T extends { id: string }>({ rows, onChange, make, rowLabel, addLabel, emptyText, children }: Props<T>) {
  const { t } = useI18n();
  const toast = useToast();
  const list = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<Focus | null>(null);

  useEffect(() => {
    if (!focus || !list.current) return;
    const root = list.current;
    const row = focus.rowId === null ? null : root.querySelector<HTMLElement>(`[data-row-id="${focus.rowId}"]`);
    const pick = (): HTMLElement | null => {
      if (focus.target === 'add') return root.querySelector('[data-add-row]');
      if (!row) return null;
      if (focus.target === 'first') return row.querySelector('input, select');
      // A row moved to an end has that button disabled: fall back to the other one.
      const wanted = row.querySelector<HTMLButtonElement>(`[data-move="${focus.target}"]`);
      return wanted && !wanted.disabled ? wanted : row.querySelector(`[data-move="${focus.target === 'up' ? 'down' : 'up'}"]`);
    };
    pick()?.focus();
    setFocus(null);
  }, [focus]);

  const add = () => {
    const row = make(crypto.randomUUID());
    onChange((current) => [...current, row]);
    setFocus({ rowId: row.id, target: 'first' });
  };
  const move = (index: number, by: -1 | 1) => {
    const row = rows[index];
    if (!row) return;
    onChange((current) => {
      const next = [...current];
      const [taken] = next.splice(index, 1);
      if (taken) next.splice(index + by, 0, taken);
      return next;
    });
    setFocus({ rowId: row.id, target: by < 0 ? 'up' : 'down' });
  };
  const remove = (index: number) => {
    const row = rows[index];
    if (!row) return;
    const label = rowLabel(index);
    onChange((current) => current.filter((item) => item.id !== row.id));
    const neighbour = rows[index + 1] ?? rows[index - 1];
    setFocus(neighbour ? { rowId: neighbour.id, target: 'first' } : { rowId: null, target: 'add' });
    toast({
      message: (i18n) => i18n.t('row.removed', { row: label }),
      duration: 10_000,
      action: {
        label: (i18n) => i18n.t('common.undo'),
        run: () => onChange((current) => (current.some((item) => item.id === row.id) ? current : [...current.slice(0, index), row, ...current.slice(index)])),
      },
    });
  };

  return (
    <div className="row-list" ref={list}>
      {rows.length === 0 && <p className="muted empty-rows">{emptyText}</p>}
      <ol className="rows">
        {rows.map((row, index) => {
          const label = rowLabel(index);
          const update = (patch: Partial<T>) =>
            onChange((current) => current.map((item) => (item.id === row.id ? { ...item, ...patch } : item)));
          return (
            <li key={row.id} data-row-id={row.id}>
              <fieldset className="row card">
                <legend>{label}</legend>
                <div className="row-fields">{children(row, index, update)}</div>
                <div className="row-actions">
                  <button type="button" data-move="up" disabled={index === 0} aria-label={t('row.moveUpFor', { row: label })} onClick={() => move(index, -1)}>
                    ↑ {t('row.moveUp')}
                  </button>
                  <button type="button" data-move="down" disabled={index === rows.length - 1} aria-label={t('row.moveDownFor', { row: label })} onClick={() => move(index, 1)}>
                    ↓ {t('row.moveDown')}
                  </button>
                  <button type="button" className="button-danger" aria-label={t('row.removeFor', { row: label })} onClick={() => remove(index)}>
                    {t('row.remove')}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" className="add-row" data-add-row onClick={add}>
        + {addLabel}
      </button>
    </div>
  );
}
