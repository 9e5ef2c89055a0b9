// A small Docusaurus 3 site written for DocsGen's import tests: doc ids, slugs, number prefixes,
// categories, a released version and links written the ways Docusaurus resolves them.
module.exports = {
  title: 'Gadgets',
  tagline: 'Gadgets, documented',
  url: 'https://gadgets.example',
  baseUrl: '/',
  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: require.resolve('./sidebars.json'),
          editUrl: ({ docPath }) => `https://github.com/gadgets/site/edit/main/${docPath}`,
        },
      },
    ],
  ],
};
