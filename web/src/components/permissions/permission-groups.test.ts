import {
  groupByResource,
  resourceLabel,
  resourcePhrase,
} from '@/components/permissions/permission-groups';

describe('permission groups', () => {
  it('groups permissions by resource, both in alphabetical order', () => {
    const groups = groupByResource([
      { name: 'users:write' },
      { name: 'audit:read' },
      { name: 'users:read' },
    ]);

    expect(groups.map((g) => [g.resource, g.permissions.map((p) => p.name)])).toEqual([
      ['audit', ['audit:read']],
      ['users', ['users:read', 'users:write']],
    ]);
  });

  it('names resources readably, abbreviations included', () => {
    expect(resourceLabel('users')).toBe('Users');
    expect(resourceLabel('apikeys')).toBe('API keys');
    expect(resourceLabel('kb')).toBe('Knowledge');
    expect(resourceLabel('model_providers')).toBe('Model providers');
  });

  it('lower-cases the label for use inside a sentence, but not an abbreviation', () => {
    expect(resourcePhrase('users')).toBe('users');
    expect(resourcePhrase('kb')).toBe('knowledge');
    expect(resourcePhrase('apikeys')).toBe('API keys');
  });
});
