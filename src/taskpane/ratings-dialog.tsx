import { FluentProvider } from '@fluentui/react-components';
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { pickLanguage } from './i18n';
import { closeDialog, officePlace, sharedValue } from './host/office-js-helpers';
import { RatingsWindowPage } from './pages/RatingsWindowPage';
import { RATINGS_DRAFT_KEY, RatingsDraft } from './state/ratings-draft';
import { themeFor } from './theme';

interface OfficeGlobal {
  onReady(): Promise<unknown>;
  context?: { officeTheme?: { bodyBackgroundColor?: string } };
}

/** The root of the larger ratings window's page (ratings-dialog.html), started as the AHP window's is. */
async function start() {
  const office = (globalThis as { Office?: OfficeGlobal }).Office;
  if (office) await office.onReady();
  const [place, shared] = await Promise.all([officePlace(), sharedValue<RatingsDraft>(RATINGS_DRAFT_KEY)]);
  createRoot(document.getElementById('root')!).render(
    <FluentProvider theme={themeFor(office?.context?.officeTheme?.bodyBackgroundColor)}>
      <RatingsWindowPage
        shared={shared}
        close={() => void closeDialog({ done: true })}
        inOffice={place.inOffice}
        fallbackLang={pickLanguage(navigator.language, null)}
      />
    </FluentProvider>,
  );
  (window as { crmPaneReady?: boolean }).crmPaneReady = true;
}

void start();
