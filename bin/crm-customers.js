#!/usr/bin/env node
'use strict';
// The crm-customers command: see run-built.js.
require('./run-built')('crm-customers');
