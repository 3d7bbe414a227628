import { list, type Country } from './country.ts';

// Invented names: common given and family names of each country, combined at random.
export const ASIA_PACIFIC: readonly Country[] = [
  {
    code: 'KR',
    name: 'the Republic of Korea',
    short: 'Korea',
    adjective: 'Korean',
    capital: 'Seoul',
    leader: 'President',
    foreignMinister: 'Minister of Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'family-first',
      given: list(
        'Seo-jun, Ji-ho, Min-seo, Ha-eun, Do-yun, Ye-jin, Jun-woo, Su-ah, Hyun-woo, Eun-ji, Tae-min, Yu-na, Sung-ho, Ji-won',
      ),
      family: list(
        'Han, Baek, Seo, Noh, Jang, Hwang, Shin, Kwon, Oh, Ryu, Ahn, Cha, Gong, Heo, Jeon, Min, Nam, Bae, Yang',
      ),
    },
  },
  {
    code: 'JP',
    name: 'Japan',
    short: 'Japan',
    adjective: 'Japanese',
    capital: 'Tokyo',
    leader: 'Prime Minister',
    foreignMinister: 'Minister for Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'family-first',
      given: list(
        'Haruto, Yuto, Sota, Aoi, Hina, Ren, Kaito, Mei, Riku, Sakura, Daiki, Emi, Kenji, Naomi',
      ),
      family: list(
        'Mori, Ito, Sakamoto, Fujita, Nakano, Ogawa, Kaneko, Ishikawa, Hoshino, Murata, Takeda, Aoki, Kudo, Sugimoto, Hirano, Yamashita, Kawaguchi, Noguchi',
      ),
    },
  },
  {
    code: 'CN',
    name: 'China',
    short: 'China',
    adjective: 'Chinese',
    capital: 'Beijing',
    leader: 'Premier',
    foreignMinister: 'Minister of Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'family-first',
      given: list(
        'Lihua, Jianguo, Mingyu, Xiaowen, Haitao, Yuying, Zhiqiang, Wenjing, Guoliang, Ruolan',
      ),
      family: list('Liang, Xu, Gao, Tang, Feng, Song, Luo, Cao, Pan, Fang, Lu, Qian'),
    },
  },
  {
    code: 'IN',
    name: 'India',
    short: 'India',
    adjective: 'Indian',
    capital: 'New Delhi',
    leader: 'Prime Minister',
    foreignMinister: 'External Affairs Minister',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list('Arjun, Priya, Rohan, Kavita, Vikram, Ananya, Sanjay, Meera, Deepa, Aditya'),
      family: list('Mehta, Iyer, Kulkarni, Bhatt, Menon, Chawla, Desai, Reddy, Nair, Saxena'),
    },
  },
  {
    code: 'ID',
    name: 'Indonesia',
    short: 'Indonesia',
    adjective: 'Indonesian',
    capital: 'Jakarta',
    leader: 'President',
    foreignMinister: 'Minister for Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list(
        'Dewi, Bambang, Sri, Agus, Ratna, Hendra, Wulan, Rizky, Putri, Teguh, Ayu, Fajar',
      ),
      family: list(
        'Kusumawati, Wibisono, Hartono, Saputra, Rahmawati, Nugroho, Setiawan, Purnomo, Susanto, Pratama, Lestari, Hidayat, Gunawan, Wijaya, Santoso, Halim, Kurniawan, Siregar',
      ),
    },
  },
  {
    code: 'VN',
    name: 'Vietnam',
    short: 'Vietnam',
    adjective: 'Vietnamese',
    capital: 'Hanoi',
    leader: 'Prime Minister',
    foreignMinister: 'Minister of Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'family-first',
      given: list(
        'Van Minh, Thi Lan, Quoc Bao, Thanh Huong, Duc Anh, Minh Chau, Hoang Long, Thu Trang',
      ),
      family: list('Tran, Le, Hoang, Vu, Dang, Do, Ngo, Trinh, Ly, Duong'),
    },
  },
  {
    code: 'TH',
    name: 'Thailand',
    short: 'Thailand',
    adjective: 'Thai',
    capital: 'Bangkok',
    leader: 'Prime Minister',
    foreignMinister: 'Minister of Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list(
        'Nattaya, Kittipong, Siriporn, Anan, Pimchanok, Chaiwat, Ratchanee, Thanakorn, Kanokwan, Prasert',
      ),
      family: list(
        'Srisuk, Boonmee, Chaiyaporn, Rattanakul, Suwannarat, Thongchai, Kaewmanee, Intharasuk, Phromma, Saelim',
      ),
    },
  },
  {
    code: 'PH',
    name: 'the Philippines',
    short: 'Philippines',
    adjective: 'Philippine',
    capital: 'Manila',
    leader: 'President',
    foreignMinister: 'Secretary of Foreign Affairs',
    foreignMinisterShort: 'Secretary',
    names: {
      order: 'given-first',
      given: list('Maria, Jose, Antonio, Cristina, Ramon, Liza, Miguel, Teresa, Paolo, Aurora'),
      family: list(
        'Villanueva, Dimaculangan, Bautista, Mercado, Salazar, Ocampo, Pascual, Soriano, Evangelista, Macaraeg',
      ),
    },
  },
  {
    code: 'MY',
    name: 'Malaysia',
    short: 'Malaysia',
    adjective: 'Malaysian',
    capital: 'Kuala Lumpur',
    leader: 'Prime Minister',
    foreignMinister: 'Minister of Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list('Aziz, Nurul, Hafiz, Siti, Farid, Aisyah, Rahim, Zainab, Iskandar, Haslina'),
      family: list(
        'Hamzah, Yusof, Othman, Harun, Salleh, Kamaruddin, Zakaria, Latif, Baharom, Jamaluddin',
      ),
    },
  },
  {
    code: 'SG',
    name: 'Singapore',
    short: 'Singapore',
    adjective: 'Singaporean',
    capital: 'Singapore',
    leader: 'Prime Minister',
    foreignMinister: 'Minister for Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list(
        'Daniel, Grace, Marcus, Rachel, Benjamin, Evelyn, Jonathan, Clara, Adrian, Felicia',
      ),
      family: list('Chia, Quek, Seah, Toh, Lau, Phua, Sim, Kwek, Low, Tan'),
    },
  },
  {
    code: 'MN',
    name: 'Mongolia',
    short: 'Mongolia',
    adjective: 'Mongolian',
    capital: 'Ulaanbaatar',
    leader: 'President',
    foreignMinister: 'Minister for Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list(
        'Batbayar, Oyuntsetseg, Ganzorig, Enkhjargal, Munkhbat, Sarangerel, Tumurbaatar, Altantsetseg',
      ),
      family: list(
        'Dorj, Ganbold, Purevdorj, Batsaikhan, Tsogt, Naran, Davaadorj, Otgonbayar, Lkhagva, Boldbaatar',
      ),
    },
  },
  {
    code: 'BD',
    name: 'Bangladesh',
    short: 'Bangladesh',
    adjective: 'Bangladeshi',
    capital: 'Dhaka',
    leader: 'Prime Minister',
    foreignMinister: 'Minister of Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list('Farhana, Tanvir, Nusrat, Arif, Sabrina, Imran, Rumana, Shafiq, Tahmina, Kamrul'),
      family: list(
        'Chowdhury, Rahman, Hossain, Sarkar, Talukder, Bhuiyan, Majumder, Siddique, Mollah, Khandaker',
      ),
    },
  },
  {
    code: 'AU',
    name: 'Australia',
    short: 'Australia',
    adjective: 'Australian',
    capital: 'Canberra',
    leader: 'Prime Minister',
    foreignMinister: 'Minister for Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list(
        'Emma, James, Olivia, Lachlan, Charlotte, Hamish, Georgia, Callum, Sophie, Angus, Matilda, Declan',
      ),
      family: list(
        'Whitlock, Brennan, Calloway, Fairbairn, Hollis, Kearney, McAllister, Penrose, Rowntree, Sutcliffe, Tennant, Waverley, Ashcroft, Dunmore, Garrick, Holloway, Marchetti, Quinlan',
      ),
    },
  },
  {
    code: 'NZ',
    name: 'New Zealand',
    short: 'New Zealand',
    adjective: 'New Zealand',
    capital: 'Wellington',
    leader: 'Prime Minister',
    foreignMinister: 'Minister of Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list('Aroha, Liam, Mere, Finn, Ngaio, Toby, Anahera, Rawiri, Isla, Nikau'),
      family: list(
        'Tipene, Harwood, Paraone, Kingsley, Waaka, Redmond, Ruatapu, Fenwick, Hohaia, Galbraith',
      ),
    },
  },
];
