import type { ProductGroup } from "@ocop/shared"
import { capitalise } from "../../lib/text"
import { packs, specialty, type Specialty, type VariantSpec } from "./types"

type Template = {
  group: ProductGroup
  subgroup: string
  trade: string
  story: { vi: string; en: string }
  kinds: readonly (readonly [string, string, readonly VariantSpec[]])[]
}

/** Kinds of product for the national benchmark; `{s}` is the local specialty's name. */
const templates = {
  coffee: {
    group: "drink",
    subgroup: "Cà phê",
    trade: "Cà phê",
    story: {
      vi: "{s} hái chín, phơi trên giàn và rang mộc tại xưởng của cơ sở.",
      en: "{s}, picked ripe, rack-dried and plain-roasted in the producer's own workshop.",
    },
    kinds: [
      ["{s} rang xay", "ground {s}", packs.coffee],
      ["{s} nguyên hạt", "whole-bean {s}", packs.beans],
      ["{s} phin giấy", "{s} drip bags", packs.dripBags],
    ],
  },
  tea: {
    group: "drink",
    subgroup: "Chè",
    trade: "Chè",
    story: {
      vi: "{s} hái một tôm hai lá, sao tay trên chảo gang trong ngày.",
      en: "{s}, picked a bud and two leaves and hand-fired in cast iron the same day.",
    },
    kinds: [
      ["{s} búp", "{s}, buds", packs.tea],
      ["{s} túi lọc", "{s} tea bags", packs.teaBags],
    ],
  },
  wine: {
    group: "drink",
    subgroup: "Rượu",
    trade: "Rượu",
    story: {
      vi: "{s} nấu theo công thức gia truyền, ủ trong chum sành ít nhất sáu tháng.",
      en: "{s}, distilled to a family recipe and aged at least six months in clay jars.",
    },
    kinds: [
      ["{s}", "{s}", packs.wine],
      ["{s} hộp quà", "{s} gift box", [["Hộp 2 chai", 420000, 2000]]],
    ],
  },
  rice: {
    group: "food",
    subgroup: "Lương thực",
    trade: "Nông nghiệp",
    story: {
      vi: "{s} cấy một vụ chính, phơi khô tự nhiên và xay xát khi có đơn.",
      en: "{s}, grown in the main season, sun-dried and milled to order.",
    },
    kinds: [
      ["{s}", "{s}", packs.rice],
      ["{s} lứt", "brown {s}", [["Túi 2 kg", 80000, 2000]]],
    ],
  },
  fruit: {
    group: "food",
    subgroup: "Rau quả tươi",
    trade: "Nông sản",
    story: {
      vi: "{s} chín cây, hái trong ngày và đóng thùng tại vườn.",
      en: "{s}, tree-ripened, picked the same day and packed at the orchard.",
    },
    kinds: [
      ["{s}", "{s}", packs.fruit],
      ["{s} sấy dẻo", "soft-dried {s}", packs.driedFruit],
    ],
  },
  honey: {
    group: "food",
    subgroup: "Mật ong",
    trade: "Mật ong",
    story: {
      vi: "{s} lấy khi đã đủ già, lọc lạnh, không pha đường.",
      en: "{s}, taken only when mature, cold-filtered, nothing added.",
    },
    kinds: [["{s}", "{s}", packs.honey]],
  },
  spice: {
    group: "food",
    subgroup: "Gia vị",
    trade: "Gia vị",
    story: {
      vi: "{s} phơi sấy sạch, đóng gói kín để giữ hương.",
      en: "{s}, cleanly dried and sealed to keep its aroma.",
    },
    kinds: [
      ["{s}", "{s}", packs.pepper],
      ["{s} xay", "ground {s}", [["Hũ 100 g", 48000, 100]]],
    ],
  },
  sauce: {
    group: "food",
    subgroup: "Nước mắm, nước chấm",
    trade: "Nước mắm",
    story: {
      vi: "{s} ủ chượp trong thùng gỗ hơn mười hai tháng.",
      en: "{s}, fermented in wooden barrels for over twelve months.",
    },
    kinds: [
      ["{s}", "{s}", packs.sauce],
      ["{s} đặc biệt", "{s}, reserve", [["Chai 500 ml", 120000, 700]]],
    ],
  },
  sweets: {
    group: "food",
    subgroup: "Bánh kẹo",
    trade: "Thực phẩm",
    story: {
      vi: "{s} làm thủ công theo cách của làng, không chất bảo quản.",
      en: "{s}, handmade the village way, without preservatives.",
    },
    kinds: [["{s}", "{s}", packs.sweets]],
  },
  dried: {
    group: "food",
    subgroup: "Thực phẩm chế biến",
    trade: "Thực phẩm",
    story: {
      vi: "{s} chế biến trong ngày từ nguyên liệu địa phương, đóng gói hút chân không.",
      en: "{s}, made the same day from local produce and vacuum-packed.",
    },
    kinds: [["{s}", "{s}", packs.dried]],
  },
  nuts: {
    group: "food",
    subgroup: "Hạt",
    trade: "Nông sản",
    story: {
      vi: "{s} sấy ở nhiệt độ thấp để giữ vị béo bùi.",
      en: "{s}, dried at low heat to keep their rich taste.",
    },
    kinds: [
      ["{s}", "{s}", packs.nuts],
      ["{s} rang muối", "salted roasted {s}", [["Hũ 200 g", 120000, 200]]],
    ],
  },
  herb: {
    group: "herbal",
    subgroup: "Dược liệu",
    trade: "Dược liệu",
    story: {
      vi: "{s} trồng theo quy trình dược liệu sạch, sấy lạnh để giữ hoạt chất.",
      en: "{s}, grown to clean-herb standards and cold-dried to keep its compounds.",
    },
    kinds: [
      ["{s} sấy khô", "dried {s}", packs.herbs],
      ["Trà {s}", "{s} tea", [["Hộp 25 túi lọc", 85000, 80]]],
    ],
  },
  oil: {
    group: "herbal",
    subgroup: "Tinh dầu",
    trade: "Tinh dầu",
    story: {
      vi: "{s} chưng cất bằng hơi nước ngay trong ngày thu hái.",
      en: "{s}, steam-distilled on the day of harvest.",
    },
    kinds: [["{s}", "{s}", packs.oil]],
  },
  textile: {
    group: "handicraft",
    subgroup: "Dệt may",
    trade: "Dệt",
    story: {
      vi: "{s} dệt tay trên khung gỗ, mỗi tấm mất nhiều ngày công.",
      en: "{s}, hand-woven on wooden looms, each piece days of work.",
    },
    kinds: [
      ["Khăn choàng {s}", "{s} shawl", packs.shawl],
      ["Túi {s}", "{s} bag", packs.bag],
    ],
  },
  pottery: {
    group: "handicraft",
    subgroup: "Gốm sứ",
    trade: "Gốm",
    story: {
      vi: "{s} nặn trên bàn xoay và nung trong lò của làng.",
      en: "{s}, thrown on the wheel and fired in the village kiln.",
    },
    kinds: [
      ["Bình hoa {s}", "{s} vase", packs.pottery],
      ["Bộ ấm chén {s}", "{s} tea set", [["Bộ 6 chén", 320000, 1500]]],
    ],
  },
  craft: {
    group: "handicraft",
    subgroup: "Thủ công mỹ nghệ",
    trade: "Thủ công mỹ nghệ",
    story: {
      vi: "{s} làm hoàn toàn bằng tay bởi nghệ nhân của làng nghề.",
      en: "{s}, made entirely by hand by the craft village's artisans.",
    },
    kinds: [
      [
        "{s}",
        "{s}",
        [
          ["Cỡ nhỏ", 150000, 400],
          ["Cỡ lớn", 320000, 900],
        ],
      ],
    ],
  },
  flowers: {
    group: "ornamental",
    subgroup: "Hoa, cây cảnh",
    trade: "Hoa cây cảnh",
    story: {
      vi: "{s} ươm tại vườn, giao kèm hướng dẫn chăm sóc.",
      en: "{s}, raised in the nursery and sent with care instructions.",
    },
    kinds: [["{s}", "{s}", packs.orchid]],
  },
  tour: {
    group: "tourism",
    subgroup: "Du lịch cộng đồng",
    trade: "Du lịch cộng đồng",
    story: {
      vi: "Người dân {s} đón khách, dẫn đi thăm làng và nấu bữa cơm quê.",
      en: "The people of {s} welcome guests, show them round and cook a home meal.",
    },
    kinds: [
      ["Một ngày ở {s}", "a day at {s}", packs.dayTour],
      ["Hai ngày một đêm ở {s}", "two days and a night at {s}", packs.stayTour],
    ],
  },
} as const satisfies Record<string, Template>

export type TemplateKey = keyof typeof templates

/** A local specialty made into the shape the generator composes products from. */
export function fromTemplate(
  province: string,
  [vi, en, key]: readonly [string, string, TemplateKey],
  districts: readonly string[],
): Specialty {
  const template: Template = templates[key]
  const fill = (text: string, name: string) => capitalise(text.replace("{s}", name))
  return specialty({
    key: `${province}/${vi}`,
    group: template.group,
    subgroup: template.subgroup,
    trade: template.trade,
    vi,
    en,
    districts,
    withPlace: key !== "tour",
    flagship: key !== "tour",
    story: { vi: fill(template.story.vi, vi), en: fill(template.story.en, en) },
    // Two sizes per kind: enough for variant tests, and it keeps 20,000 products in 15 minutes.
    kinds: template.kinds.map(
      ([kindVi, kindEn, variants]) => [kindVi, kindEn, variants.slice(0, 2)] as const,
    ),
  })
}
