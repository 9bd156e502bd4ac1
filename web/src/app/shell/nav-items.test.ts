import { visibleSections } from '@/app/shell/nav-items';

function labels(granted: string[]) {
  return visibleSections(granted).map((section) => ({
    section: section.label,
    items: section.items.map((item) => item.label),
  }));
}

describe('visibleSections', () => {
  it('shows each admin page only with its read permission', () => {
    expect(labels(['users:read', 'teams:read'])).toContainEqual({
      section: 'Admin',
      items: ['Users', 'Teams'],
    });
  });

  it('shows API keys to those who may manage them', () => {
    expect(labels(['apikeys:manage'])).toContainEqual({ section: 'Admin', items: ['API keys'] });
  });

  it('hides the Admin section from users without admin permissions', () => {
    const sections = labels(['profile:read']);
    expect(sections.map((s) => s.section)).toEqual(['Workspace']);
    expect(sections[0]?.items).toEqual(['Dashboard']);
  });

  it('lists no area that does not exist yet', () => {
    const everything = labels(['kb:read', 'training:read', 'assistants:use', 'billing:read']);
    expect(everything[0]?.items).toEqual(['Dashboard', 'Knowledge']);
  });

  it('shows Knowledge only to users who may read the knowledge base', () => {
    const workspace = (granted: string[]) => labels(granted)[0]?.items ?? [];
    expect(workspace(['kb:read'])).toContain('Knowledge');
    expect(workspace(['profile:read'])).not.toContain('Knowledge');
  });

  it('shows Prompt templates only to those who may read them', () => {
    const workspace = (granted: string[]) => labels(granted)[0]?.items ?? [];
    expect(workspace(['prompts:read'])).toContain('Prompt templates');
    expect(workspace(['kb:read'])).not.toContain('Prompt templates');
  });
});
