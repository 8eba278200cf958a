import type { MetadataRoute } from 'next';

// Installing the summary on a phone's home screen: Vietnamese name, the star icon, the header's red.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Theo dõi Nghị quyết',
    short_name: 'Nghị quyết',
    description: 'Theo dõi thực hiện chỉ tiêu, nhiệm vụ Nghị quyết của Đảng bộ phường.',
    lang: 'vi',
    start_url: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#7f1d1d',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
    ],
  };
}
