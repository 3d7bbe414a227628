import { list, type Country } from './country.ts';

export const AMERICAS_AFRICA: readonly Country[] = [
  {
    code: 'US',
    name: 'the United States',
    short: 'U.S.',
    adjective: 'U.S.',
    capital: 'Washington',
    leader: 'President',
    foreignMinister: 'Secretary of State',
    foreignMinisterShort: 'Secretary',
    names: {
      order: 'given-first',
      given: list('Daniel, Margaret, Thomas, Rachel, Gregory, Laura, Kevin, Ellen, Patrick, Diane'),
      family: list(
        'Harmon, Caldwell, Whitaker, Pruett, Donnelly, Hargrove, Sorensen, Bexley, Langford, Marlowe',
      ),
    },
  },
  {
    code: 'CA',
    name: 'Canada',
    short: 'Canada',
    adjective: 'Canadian',
    capital: 'Ottawa',
    leader: 'Prime Minister',
    foreignMinister: 'Minister of Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list(
        'Émilie, Nathan, Chloé, Owen, Geneviève, Ryan, Mathieu, Avery, Julien, Kayla, Simone, Logan',
      ),
      family: list(
        'Tremblay, Gagnon, Côté, Pelletier, Fortin, MacKinnon, Dubé, Caron, Leclerc, Girard, Robichaud, Thibodeau, Hébert, Paquette, Arsenault, Fairweather, Sinclair, Beaulieu',
      ),
    },
  },
  {
    code: 'MX',
    name: 'Mexico',
    short: 'Mexico',
    adjective: 'Mexican',
    capital: 'Mexico City',
    leader: 'President',
    foreignMinister: 'Secretary of Foreign Affairs',
    foreignMinisterShort: 'Secretary',
    names: {
      order: 'given-first',
      given: list(
        'Alejandro, Gabriela, Fernando, Mariana, Ricardo, Valeria, Javier, Lucía, Emilio, Ximena',
      ),
      family: list(
        'Gutiérrez, Ramírez, Villarreal, Olvera, Zamora, Escobedo, Aguilar, Bustamante, Treviño, Sandoval',
      ),
    },
  },
  {
    code: 'BR',
    name: 'Brazil',
    short: 'Brazil',
    adjective: 'Brazilian',
    capital: 'Brasília',
    leader: 'President',
    foreignMinister: 'Minister of Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list(
        'João, Ana, Rafael, Fernanda, Lucas, Camila, Thiago, Juliana, Bruno, Larissa, Gustavo, Beatriz',
      ),
      family: list(
        'Alves, Carvalho, Moreira, Barbosa, Teixeira, Nogueira, Cavalcanti, Rezende, Monteiro, Pinheiro, Fonseca, Sampaio, Queiroz, Tavares, Medeiros, Brandão, Vasconcelos, Guimarães',
      ),
    },
  },
  {
    code: 'AR',
    name: 'Argentina',
    short: 'Argentina',
    adjective: 'Argentine',
    capital: 'Buenos Aires',
    leader: 'President',
    foreignMinister: 'Minister of Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list(
        'Martín, Florencia, Santiago, Agustina, Nicolás, Micaela, Facundo, Julieta, Tomás, Rocío',
      ),
      family: list(
        'Etcheverry, Iturralde, Ledesma, Bustos, Quiroga, Sosa, Benítez, Arrieta, Figueroa, Luna',
      ),
    },
  },
  {
    code: 'CL',
    name: 'Chile',
    short: 'Chile',
    adjective: 'Chilean',
    capital: 'Santiago',
    leader: 'President',
    foreignMinister: 'Minister of Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list(
        'Catalina, Felipe, Constanza, Matías, Javiera, Cristóbal, Francisca, Benjamín, Antonia, Vicente',
      ),
      family: list(
        'Contreras, Valenzuela, Sepúlveda, Riquelme, Saavedra, Fuentealba, Cifuentes, Bravo, Orellana, Espinoza',
      ),
    },
  },
  {
    code: 'PE',
    name: 'Peru',
    short: 'Peru',
    adjective: 'Peruvian',
    capital: 'Lima',
    leader: 'President',
    foreignMinister: 'Minister of Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list('Rosa, Víctor, Milagros, César, Gloria, Renzo, Patricia, Hugo, Carla, Jorge'),
      family: list(
        'Quispe, Huamán, Mamani, Paredes, Apaza, Condori, Torres, Palomino, Zevallos, Ccori',
      ),
    },
  },
  {
    code: 'EG',
    name: 'Egypt',
    short: 'Egypt',
    adjective: 'Egyptian',
    capital: 'Cairo',
    leader: 'President',
    foreignMinister: 'Minister of Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list('Ahmed, Mona, Karim, Nadia, Tarek, Heba, Youssef, Rania, Sherif, Dina'),
      family: list(
        'Mansour, Fahmy, Abdelrahman, Ghoneim, Nassar, Helmy, Zaki, Shalaby, Radwan, Farag',
      ),
    },
  },
  {
    code: 'JO',
    name: 'Jordan',
    short: 'Jordan',
    adjective: 'Jordanian',
    capital: 'Amman',
    leader: 'Prime Minister',
    foreignMinister: 'Minister of Foreign Affairs and Expatriates',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list('Rami, Lina, Zaid, Hala, Faris, Noor, Sami, Reem, Khaled, Dana'),
      family: list(
        'Haddad, Khoury, Tarawneh, Majali, Qudah, Shboul, Rawashdeh, Zoubi, Btoush, Obeidat',
      ),
    },
  },
  {
    code: 'MA',
    name: 'Morocco',
    short: 'Morocco',
    adjective: 'Moroccan',
    capital: 'Rabat',
    leader: 'Prime Minister',
    foreignMinister: 'Minister of Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list('Salma, Mehdi, Leila, Hamza, Imane, Amine, Khadija, Reda, Samira, Yassine'),
      family: list(
        'Bennani, Tazi, Berrada, Chraibi, Benjelloun, Lahlou, Sqalli, Ziani, Kettani, Idrissi',
      ),
    },
  },
  {
    code: 'ZA',
    name: 'South Africa',
    short: 'South Africa',
    adjective: 'South African',
    capital: 'Pretoria',
    leader: 'President',
    foreignMinister: 'Minister of International Relations and Cooperation',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list(
        'Thandiwe, Sipho, Lerato, Themba, Naledi, Kagiso, Zanele, Bongani, Palesa, Mandla',
      ),
      family: list(
        'Mokoena, Nkosi, Khumalo, Ndlovu, Mahlangu, Sithole, Mthembu, Pretorius, Molefe, Zwane',
      ),
    },
  },
  {
    code: 'NG',
    name: 'Nigeria',
    short: 'Nigeria',
    adjective: 'Nigerian',
    capital: 'Abuja',
    leader: 'President',
    foreignMinister: 'Minister of Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list(
        'Chinedu, Amina, Oluwaseun, Emeka, Funmilayo, Ibrahim, Adaeze, Tunde, Halima, Kelechi',
      ),
      family: list(
        'Okafor, Adeyemi, Balogun, Eze, Okonkwo, Nwosu, Ogunleye, Danjuma, Afolabi, Ibekwe',
      ),
    },
  },
  {
    code: 'KE',
    name: 'Kenya',
    short: 'Kenya',
    adjective: 'Kenyan',
    capital: 'Nairobi',
    leader: 'President',
    foreignMinister: 'Cabinet Secretary for Foreign and Diaspora Affairs',
    foreignMinisterShort: 'Cabinet Secretary',
    names: {
      order: 'given-first',
      given: list(
        'Wanjiru, Achieng, Njeri, Amani, Baraka, Wairimu, Kiprono, Akinyi, Nekesa, Brian, Faith, Dennis',
      ),
      family: list(
        'Otieno, Kamau, Mwangi, Ochieng, Wafula, Njoroge, Kiptoo, Chebet, Onyango, Maina, Kariuki, Nyaga, Wekesa, Cheruiyot, Omondi, Muriuki, Barasa, Koech',
      ),
    },
  },
  {
    code: 'ET',
    name: 'Ethiopia',
    short: 'Ethiopia',
    adjective: 'Ethiopian',
    capital: 'Addis Ababa',
    leader: 'Prime Minister',
    foreignMinister: 'Minister of Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list('Selam, Dawit, Meron, Yonas, Hirut, Bereket, Tigist, Liya, Samuel, Eden'),
      family: list('Tesfaye, Girma, Alemu, Bekele, Wolde, Desta, Tadesse, Negash, Assefa, Kebede'),
    },
  },
  {
    code: 'GH',
    name: 'Ghana',
    short: 'Ghana',
    adjective: 'Ghanaian',
    capital: 'Accra',
    leader: 'President',
    foreignMinister: 'Minister for Foreign Affairs and Regional Integration',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list('Kwame, Akosua, Kofi, Ama, Yaw, Abena, Kwabena, Efua, Kojo, Adjoa'),
      family: list('Mensah, Owusu, Asante, Boateng, Appiah, Osei, Agyeman, Darko, Ofori, Amoako'),
    },
  },
];
