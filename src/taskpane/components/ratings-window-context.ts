import * as React from 'react';
import type { RatingsWindow } from '../host/pane-host';

/** The larger ratings window, where the pane can open one (inside Office); undefined elsewhere. */
export const RatingsWindowContext = React.createContext<RatingsWindow | undefined>(undefined);
