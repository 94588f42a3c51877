import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { t } from '@/lib/i18n';
import { Toolbar } from '@/components/Toolbar';
import { MARKER, ROLE } from '@/lib/dom/markers';
import type { Controller } from './controller';

/** Mounts the toolbar in a shadow root at the end of <body>; returns a function that re-renders it. */
export async function mountToolbar(ctx: ContentScriptContext, controller: Controller) {
  const { model } = controller;
  const answered = model.pairs.filter((p) => p.answer).length;
  const unanswered = model.pairs.length - answered;
  const canSideBySide = model.pairs.length > 0;
  let container: HTMLElement | null = null;

  const draw = () => {
    if (!container) return;
    render(
      <Toolbar
        active={controller.active}
        sideBySide={Boolean(controller.settings.sideBySide)}
        canSideBySide={canSideBySide}
        summary={
          model.pairs.length && controller.page.kind !== 'question'
            ? t('toolbar.summary', [model.pairs.length, unanswered])
            : ''
        }
        labels={{
          title: t('toolbar.title'),
          sideBySide: t('toolbar.sideBySide'),
          active: t('toolbar.active'),
        }}
        onToggleSideBySide={() => void controller.shared.toggleSideBySide?.()}
        onToggleActive={() => (controller.active ? controller.disable() : void controller.enable())}
      />,
      container,
    );
  };

  const ui = await createShadowRootUi(ctx, {
    name: 'kamerlens-toolbar',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(uiContainer, _shadow, host) {
      host.setAttribute(MARKER, ROLE.toolbar);
      container = uiContainer;
      draw();
    },
    onRemove() {
      if (container) render(null, container);
      container = null;
    },
  });
  ui.mount();
  return draw;
}
