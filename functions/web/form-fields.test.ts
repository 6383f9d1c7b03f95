import { describe, expect, it } from 'vitest';
import { getBuiltInFramework } from '../../shared/core/framework.js';
import { validateResponses } from '../../shared/core/validate-responses.js';
import { fieldName, issuesByField, readFormPost } from './form-fields.js';

const framework = getBuiltInFramework('local-mgi')!;

describe('web form fields', () => {
  it('reads posted fields into inputs the validation names field by field', () => {
    const body = {
      [fieldName('answer', '1.01')]: 'yes',
      [fieldName('justificationType', '1.01')]: 'regulation',
      [fieldName('justification', '1.01')]: 'short',
      [fieldName('answer', '1.02')]: 'no',
      [fieldName('evidence', '1.02')]: 'Perda 5/2024',
    };
    const { values, inputs } = readFormPost(framework, body);
    expect(inputs).toHaveLength(framework.indicators.length);
    expect(inputs[1]).toEqual({
      indicatorId: '1.02',
      answer: 'no',
      justificationType: null,
      justification: null,
      evidence: 'Perda 5/2024',
    });
    expect(values.get('1.01')?.justification).toBe('short');
    const result = validateResponses(framework, inputs, { lang: 'id' });
    const byField = issuesByField(result.issues);
    expect([...byField.keys()]).toEqual(['1.01:justification']);
    expect(byField.get('1.01:justification')?.[0]).toContain('1.01');
  });
});
