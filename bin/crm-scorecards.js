#!/usr/bin/env node
'use strict';
// The crm-scorecards command: see run-built.js.
require('./run-built')('crm-scorecards');
