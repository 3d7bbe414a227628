import { list, type Country } from './country.ts';

export const EUROPE: readonly Country[] = [
  {
    code: 'GB',
    name: 'the United Kingdom',
    short: 'UK',
    adjective: 'British',
    capital: 'London',
    leader: 'Prime Minister',
    foreignMinister: 'Foreign Secretary',
    foreignMinisterShort: 'Foreign Secretary',
    names: {
      order: 'given-first',
      given: list(
        'Oliver, Harriet, William, Eleanor, Edward, Imogen, George, Philippa, Henry, Rosalind',
      ),
      family: list(
        'Pemberton, Hartley, Fairfax, Ellingham, Cartwright, Bramwell, Kingsford, Ashworth, Radcliffe, Stanhope',
      ),
    },
  },
  {
    code: 'FR',
    name: 'France',
    short: 'France',
    adjective: 'French',
    capital: 'Paris',
    leader: 'President',
    foreignMinister: 'Minister for Europe and Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list(
        'Camille, Antoine, Claire, Élise, Mathis, Juliette, Laurent, Inès, Baptiste, Hélène',
      ),
      family: list(
        'Lefèvre, Marchand, Rousseau, Garnier, Perrin, Chevalier, Renaud, Mercier, Carpentier, Vasseur',
      ),
    },
  },
  {
    code: 'DE',
    name: 'Germany',
    short: 'Germany',
    adjective: 'German',
    capital: 'Berlin',
    leader: 'Chancellor',
    foreignMinister: 'Federal Foreign Minister',
    foreignMinisterShort: 'Foreign Minister',
    names: {
      order: 'given-first',
      given: list(
        'Anna, Lukas, Katharina, Jonas, Lena, Felix, Miriam, Tobias, Johanna, Matthias, Sabine, Florian',
      ),
      family: list(
        'Weber, Hoffmann, Becker, Schäfer, Krüger, Hartmann, Lange, Vogel, Zimmermann, Keller, Ziegler, Lorenz, Engel, Böhm, Kaiser, Seidel, Winkler, Albrecht',
      ),
    },
  },
  {
    code: 'IT',
    name: 'Italy',
    short: 'Italy',
    adjective: 'Italian',
    capital: 'Rome',
    leader: 'Prime Minister',
    foreignMinister: 'Minister of Foreign Affairs and International Cooperation',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list(
        'Giulia, Marco, Francesca, Alessandro, Chiara, Lorenzo, Valentina, Elena, Stefano, Paola',
      ),
      family: list(
        'Romano, Colombo, Ricci, Marino, Greco, Ferraro, Galli, Fontana, Caruso, Lombardi',
      ),
    },
  },
  {
    code: 'ES',
    name: 'Spain',
    short: 'Spain',
    adjective: 'Spanish',
    capital: 'Madrid',
    leader: 'Prime Minister',
    foreignMinister: 'Minister of Foreign Affairs, European Union and Cooperation',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list('Pablo, Carmen, Sergio, Irene, Álvaro, Nuria, Diego, Marta, Raúl, Lorena'),
      family: list(
        'Navarro, Serrano, Molina, Ortega, Delgado, Prieto, Herrero, Cabrera, Vidal, Campos',
      ),
    },
  },
  {
    code: 'NL',
    name: 'the Netherlands',
    short: 'Netherlands',
    adjective: 'Dutch',
    capital: 'The Hague',
    leader: 'Prime Minister',
    foreignMinister: 'Minister of Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list('Sanne, Bram, Femke, Jeroen, Lotte, Pieter, Maaike, Ruben, Anouk, Daan'),
      family: list(
        'Visser, Smit, Meijer, Bakker, Mulder, Dekker, Brouwer, Hendriks, Kuipers, Wouters',
      ),
    },
  },
  {
    code: 'SE',
    name: 'Sweden',
    short: 'Sweden',
    adjective: 'Swedish',
    capital: 'Stockholm',
    leader: 'Prime Minister',
    foreignMinister: 'Minister for Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list('Astrid, Erik, Linnea, Oskar, Maja, Gustav, Elsa, Anders, Karin, Nils'),
      family: list(
        'Lindqvist, Bergström, Holmberg, Sandberg, Lundgren, Ekström, Forsberg, Nyström, Sjöberg, Wallin',
      ),
    },
  },
  {
    code: 'NO',
    name: 'Norway',
    short: 'Norway',
    adjective: 'Norwegian',
    capital: 'Oslo',
    leader: 'Prime Minister',
    foreignMinister: 'Minister of Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list('Ingrid, Magnus, Sigrid, Henrik, Solveig, Eirik, Marit, Håkon, Tone, Sindre'),
      family: list('Haugen, Bakke, Dahl, Aasen, Strand, Moen, Berge, Nygaard, Rønning, Fjeld'),
    },
  },
  {
    code: 'PL',
    name: 'Poland',
    short: 'Poland',
    adjective: 'Polish',
    capital: 'Warsaw',
    leader: 'Prime Minister',
    foreignMinister: 'Minister of Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list(
        'Katarzyna, Piotr, Agnieszka, Tomasz, Magdalena, Paweł, Joanna, Marcin, Ewa, Krzysztof',
      ),
      family: list('Nowak, Wójcik, Mazur, Krawczyk, Zając, Król, Wróbel, Sikora, Baran, Pawlak'),
    },
  },
  {
    code: 'UA',
    name: 'Ukraine',
    short: 'Ukraine',
    adjective: 'Ukrainian',
    capital: 'Kyiv',
    leader: 'President',
    foreignMinister: 'Minister for Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list(
        'Olena, Andriy, Iryna, Oleksandr, Natalia, Taras, Oksana, Dmytro, Halyna, Bohdan',
      ),
      family: list(
        'Kovalenko, Shevchuk, Bondarenko, Tkachuk, Melnyk, Savchuk, Lysenko, Hnatyuk, Moroz, Romaniuk',
      ),
    },
  },
  {
    code: 'TR',
    name: 'Türkiye',
    short: 'Türkiye',
    adjective: 'Turkish',
    capital: 'Ankara',
    leader: 'President',
    foreignMinister: 'Minister of Foreign Affairs',
    foreignMinisterShort: 'Minister',
    names: {
      order: 'given-first',
      given: list('Elif, Mehmet, Zeynep, Emre, Ayşe, Burak, Selin, Kerem, Deniz, Oğuz'),
      family: list('Aydın, Yıldız, Öztürk, Kaya, Şahin, Çelik, Arslan, Doğan, Koç, Kurt'),
    },
  },
];
