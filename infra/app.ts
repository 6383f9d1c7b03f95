// The CDK app (`cdk.json`: `npx tsx infra/app.ts`): builds the stack with the cdk-nag checks and synthesises.
import { createApp } from './create-app.js';

createApp().app.synth();
