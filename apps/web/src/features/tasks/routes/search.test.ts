import { describe, expect, it } from 'vitest';
import { tasksSearchSchema } from './search';

describe('tasks search', () => {
  it('keeps an application id, a due filter and the done switch', () => {
    const search = { applicationId: '0b9d3c1e-6f4a-4c2b-9e8d-1a2b3c4d5e6f', due: 'overdue', showDone: true };
    expect(tasksSearchSchema.parse(search)).toEqual(search);
  });

  it('drops an id that is no uuid, an unknown filter and a switch that is no boolean', () => {
    expect(tasksSearchSchema.parse({ applicationId: '12', due: 'someday', showDone: 'yes' })).toEqual({});
  });
});
