import { Body1, Button } from '@fluentui/react-components';
import * as React from 'react';
import { t } from '../i18n';
import type { PageProps } from '../pages/page-props';

/** What the card pages show before a scorecard is chosen. */
export function NoCard({ lang, go }: PageProps) {
  return (
    <section>
      <Body1 as="p">{t(lang, 'noCard')}</Body1>
      <Button appearance="primary" onClick={() => go('templates')}>
        {t(lang, 'goTemplates')}
      </Button>
    </section>
  );
}
