import { describe, expect, it } from 'vitest';
import { paddingBeside } from '../../../src/lib/map/camera';

const MAP = { left: 330, top: 40, right: 1280, bottom: 800 }; // 950 × 760 map beside the sidebar

describe('paddingBeside', () => {
  it('pads 40 px all round without a panel, or with an empty one', () => {
    expect(paddingBeside(MAP, null)).toEqual({ top: 40, right: 40, bottom: 40, left: 40 });
    expect(paddingBeside(MAP, { left: 870, top: 50, right: 1230, bottom: 50 })).toEqual({ top: 40, right: 40, bottom: 40, left: 40 });
  });

  it('frames beside a panel standing at the right: its width from the map edge plus a gap', () => {
    // the details panel: 360 px wide, 50 px from the map's right edge
    expect(paddingBeside(MAP, { left: 870, top: 50, right: 1230, bottom: 690 })).toEqual({ top: 40, right: 420, bottom: 40, left: 40 });
  });

  it('frames beside a panel at the left', () => {
    expect(paddingBeside(MAP, { left: 340, top: 50, right: 600, bottom: 400 }).left).toBe(280);
  });

  it('frames below a panel spanning the width (phone layout), at most 60 % of the height', () => {
    const phone = { left: 0, top: 300, right: 390, bottom: 844 };
    expect(paddingBeside(phone, { left: 10, top: 310, right: 380, bottom: 500 })).toEqual({ top: 210, right: 40, bottom: 40, left: 40 });
    expect(paddingBeside(phone, { left: 10, top: 310, right: 380, bottom: 840 }).top).toBeCloseTo(544 * 0.6);
  });

  it('ignores a panel outside the map', () => {
    expect(paddingBeside(MAP, { left: 0, top: 40, right: 320, bottom: 800 }).left).toBe(40);
  });
});
