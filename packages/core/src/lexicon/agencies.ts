/**
 * Photo and picture agencies that captions credit (`[Getty]`, `/ AFP`, `Photo: EPA`), besides the
 * wire services of the outlet registry.
 */
export const photoAgencies: readonly string[] = [
  'Getty', 'Getty Images', 'AFP via Getty Images', 'AFP', 'Reuters', 'AP', 'EPA', 'EPA-EFE', 'Shutterstock', 'Alamy', 'PA', 'PA Images', 'PA Wire',
  'PA Media', 'Sipa', 'SIPA', 'Sipa USA', 'Corbis', 'NurPhoto', 'SOPA Images', 'ZUMA', 'ZUMA Press', 'ZUMA Wire', 'Pool',
  'AP Photo', 'Reuters Pictures', 'Anadolu Agency', 'Anadolu', 'Xinhua', 'Sputnik', 'TASS', 'Handout', 'File', 'Archive',
  'Wikimedia Commons', 'Wikimedia', 'Twitter', 'Social media', 'Supplied', 'Courtesy', 'AA', 'ANI', 'PTI', 'IANS'
]
