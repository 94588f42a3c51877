import { render } from 'preact';
import type { PageContext } from './context';
import { t } from '@/lib/i18n';
import { Toolbar } from '@/components/Toolbar';
import { ROLE } from '@/lib/dom/markers';
import { mountShadowUi } from '@/lib/dom/shadow-ui';
import type { Controller } from './controller';

/** Mounts the toolbar in a shadow root at the end of <body>; returns a function that re-renders it. */
export function mountToolbar(ctx: PageContext, controller: Controller) {
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

  const ui = mountShadowUi(document, {
    role: ROLE.toolbar,
    place: (host) => document.body.appendChild(host),
    onRemove: (uiContainer) => {
      render(null, uiContainer);
      container = null;
    },
  });
  ctx.onInvalidated(ui.remove);
  container = ui.container;
  draw();
  return draw;
}
