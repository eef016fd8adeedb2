// Every migration, in order. A new schema version is a new file here, with its own test.
import { migration001 } from './001-applicants';
import { migration002 } from './002-programmes';
import { migration003 } from './003-summaries';
import { migration004 } from './004-target-level';
import { migration005 } from './005-assessment-form';
import { migration006 } from './006-tracker';
import { migration007 } from './007-materials';
import { migration008 } from './008-review-acknowledgements';
import { migration009 } from './009-title-facts';
import { migration010 } from './010-one-fact';
import { migration011 } from './011-notice-start';
import type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
