import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import * as React from 'react';
import type { Lang } from '../../core/errors';
import { t } from '../i18n';

const useStyles = makeStyles({ actions: { display: 'flex', gap: tokens.spacingHorizontalXXS } });

/** Move up, move down and remove, each labelled with the item it acts on. */
export function RowActions({
  lang,
  name,
  first,
  last,
  canRemove,
  onMove,
  onRemove,
}: {
  lang: Lang;
  name: string;
  first: boolean;
  last: boolean;
  canRemove: boolean;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.actions}>
      <Button
        size="small"
        appearance="subtle"
        icon={<ArrowUpRegular />}
        disabled={first}
        aria-label={t(lang, 'moveUp', { name })}
        title={t(lang, 'moveUp', { name })}
        onClick={() => onMove(-1)}
      />
      <Button
        size="small"
        appearance="subtle"
        icon={<ArrowDownRegular />}
        disabled={last}
        aria-label={t(lang, 'moveDown', { name })}
        title={t(lang, 'moveDown', { name })}
        onClick={() => onMove(1)}
      />
      <Button
        size="small"
        appearance="subtle"
        icon={<DeleteRegular />}
        disabled={!canRemove}
        aria-label={t(lang, 'remove', { name })}
        title={t(lang, 'remove', { name })}
        onClick={onRemove}
      />
    </div>
  );
}
