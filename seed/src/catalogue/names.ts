import type { Random } from "../lib/random"

const familyNames = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
]
const middleNames = {
  f: ["Thị", "Thị Thu", "Thị Ngọc", "Thị Kim", "Thị Thanh"],
  m: ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công"],
}
const givenNames = {
  f: [
    "Hoa",
    "Lan",
    "Mai",
    "Hương",
    "Hạnh",
    "Nga",
    "Thảo",
    "Trang",
    "Yến",
    "Liên",
    "Dung",
    "Hằng",
    "Nhung",
    "Phượng",
    "Loan",
  ],
  m: [
    "Hùng",
    "Dũng",
    "Sơn",
    "Tuấn",
    "Thắng",
    "Bình",
    "Hải",
    "Long",
    "Phúc",
    "Quý",
    "Tâm",
    "Trung",
    "Vinh",
    "Khoa",
    "Nam",
  ],
}

/** Names of the peoples of each plan province, as households register them. */
const localNames: Record<string, readonly string[]> = {
  "Đắk Lắk": [
    "H'Linh Niê",
    "Y Thông Êban",
    "H'Nga Byă",
    "Y Khoa Niê",
    "H'Hen Mlô",
    "Y Sươn Knul",
    "H'Ruth Ayŭn",
    "Y Bhin Kbuôr",
    "Điểu Thị Hiền",
    "Y Dhăm Ênuôl",
  ],
  "Quảng Nam": [
    "Alăng Thị Hoa",
    "Bhling Mai",
    "Zơrâm Út",
    "Arất Blúi",
    "Hồ Văn Dũng",
    "Clâu Thị Nhị",
    "Bríu Liếc",
    "Coor Thị Nhịp",
  ],
  "Kon Tum": ["Y Blúi", "A Thuận", "Y Khăm", "A Hùng", "Y Nga", "A Dũng", "Y Hạnh", "A Thư"],
  "Lai Châu": [
    "Giàng A Páo",
    "Sùng Thị Mỷ",
    "Tẩn Láo Lở",
    "Chảo Thị Mẩy",
    "Lò Văn Hương",
    "Vàng A Sử",
    "Lò Thị Xiêng",
    "Tao Văn Ương",
  ],
  "Điện Biên": [
    "Lò Thị Mai",
    "Lường Văn Hoan",
    "Quàng Văn Minh",
    "Cà Thị Ơn",
    "Giàng A Chu",
    "Lò Văn Pọm",
    "Tòng Thị Phương",
    "Vàng A Dê",
  ],
}

/** A person's name as on a household business licence: local peoples' names or Kinh names. */
export function personName(random: Random, province: string): string {
  const local = localNames[province]
  if (local && random.chance(0.45)) return random.pick(local)
  const sex = random.chance(0.5) ? "f" : "m"
  return `${random.pick(familyNames)} ${random.pick(middleNames[sex])} ${random.pick(givenNames[sex])}`
}

/** Brand words of small companies: "Công ty TNHH Cà phê {brand}". */
export const brandWords = [
  "Đất Đỏ",
  "Hương Rừng",
  "Cao Nguyên Xanh",
  "Bazan",
  "Hoàng Ân",
  "Phúc Lộc",
  "Thanh Tâm",
  "Minh Phát",
  "An Phát",
  "Kim Ngân",
  "Tâm Việt",
  "Đất Việt",
  "Sơn Lâm",
  "Mộc Nhiên",
  "Nông Gia",
  "Hưng Thịnh",
  "Bảo Châu",
  "Hồng Ân",
  "Việt Xanh",
  "Rạng Đông",
  "Thiên Phú",
  "Lộc Vừng",
  "Hạt Vàng",
  "Suối Mơ",
] as const
