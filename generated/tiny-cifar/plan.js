export const plan = {
    "format": "ranetc-plan/1",
    "target": "wgsl",
    "precision": "f32",
    "name": "tiny-cifar",
    "classes": 10,
    "exits": 6,
    "maxBatch": 64,
    "input": {
        "channels": 3,
        "height": 32,
        "width": 32,
        "base": 1245184,
        "sampleStride": 3072
    },
    "exitFlops": [
        2273546,
        5793300,
        8490206,
        10439144,
        12511730,
        13823228
    ],
    "arenaElements": 4214784,
    "weights": {
        "elements": 1293892,
        "tensors": [
            {
                "name": "FirstLayer.layers.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "FirstLayer.layers.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.0.net.1.weight",
                        "bias": "FirstLayer.layers.0.net.1.bias",
                        "mean": "FirstLayer.layers.0.net.1.running_mean",
                        "variance": "FirstLayer.layers.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 0,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "FirstLayer.layers.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "FirstLayer.layers.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.0.net.1.weight",
                        "bias": "FirstLayer.layers.0.net.1.bias",
                        "mean": "FirstLayer.layers.0.net.1.running_mean",
                        "variance": "FirstLayer.layers.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 108,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "FirstLayer.layers.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "FirstLayer.layers.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.1.net.1.weight",
                        "bias": "FirstLayer.layers.1.net.1.bias",
                        "mean": "FirstLayer.layers.1.net.1.running_mean",
                        "variance": "FirstLayer.layers.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 112,
                "length": 288,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 4,
                    "taps": 9
                }
            },
            {
                "name": "FirstLayer.layers.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "FirstLayer.layers.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.1.net.1.weight",
                        "bias": "FirstLayer.layers.1.net.1.bias",
                        "mean": "FirstLayer.layers.1.net.1.running_mean",
                        "variance": "FirstLayer.layers.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 400,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "FirstLayer.layers.2.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "FirstLayer.layers.2.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.2.net.1.weight",
                        "bias": "FirstLayer.layers.2.net.1.bias",
                        "mean": "FirstLayer.layers.2.net.1.running_mean",
                        "variance": "FirstLayer.layers.2.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 408,
                "length": 1152,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 8,
                    "taps": 9
                }
            },
            {
                "name": "FirstLayer.layers.2.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "FirstLayer.layers.2.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.2.net.1.weight",
                        "bias": "FirstLayer.layers.2.net.1.bias",
                        "mean": "FirstLayer.layers.2.net.1.running_mean",
                        "variance": "FirstLayer.layers.2.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1560,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1576,
                "length": 256,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 16,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.0.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1832,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1848,
                "length": 2304,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 16,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.0.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 4152,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 4168,
                "length": 1024,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 32,
                    "inChannels": 32,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.0.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 5192,
                "length": 32,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 5224,
                "length": 4608,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 32,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.0.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 9832,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "classifier.0.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.0.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.0.m.0.net.1.weight",
                        "bias": "classifier.0.m.0.net.1.bias",
                        "mean": "classifier.0.m.0.net.1.running_mean",
                        "variance": "classifier.0.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 9848,
                "length": 55296,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 48,
                    "taps": 9
                }
            },
            {
                "name": "classifier.0.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.0.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.0.m.0.net.1.weight",
                        "bias": "classifier.0.m.0.net.1.bias",
                        "mean": "classifier.0.m.0.net.1.running_mean",
                        "variance": "classifier.0.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 65144,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.0.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.0.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.0.m.1.net.1.weight",
                        "bias": "classifier.0.m.1.net.1.bias",
                        "mean": "classifier.0.m.1.net.1.running_mean",
                        "variance": "classifier.0.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 65272,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.0.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.0.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.0.m.1.net.1.weight",
                        "bias": "classifier.0.m.1.net.1.bias",
                        "mean": "classifier.0.m.1.net.1.running_mean",
                        "variance": "classifier.0.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 212728,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.0.linear.weight",
                "source": {
                    "key": "classifier.0.linear.weight"
                },
                "offset": 212856,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.0.linear.bias",
                "source": {
                    "key": "classifier.0.linear.bias"
                },
                "offset": 214136,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 214148,
                "length": 2304,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 48,
                    "inChannels": 48,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.1.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 216452,
                "length": 48,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 216500,
                "length": 6912,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 48,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.1.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 223412,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 223428,
                "length": 4096,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 64,
                    "inChannels": 64,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.1.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 227524,
                "length": 64,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 227588,
                "length": 9216,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 64,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.1.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 236804,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "classifier.1.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.1.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.1.m.0.net.1.weight",
                        "bias": "classifier.1.m.0.net.1.bias",
                        "mean": "classifier.1.m.0.net.1.running_mean",
                        "variance": "classifier.1.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 236820,
                "length": 92160,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 80,
                    "taps": 9
                }
            },
            {
                "name": "classifier.1.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.1.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.1.m.0.net.1.weight",
                        "bias": "classifier.1.m.0.net.1.bias",
                        "mean": "classifier.1.m.0.net.1.running_mean",
                        "variance": "classifier.1.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 328980,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.1.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.1.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.1.m.1.net.1.weight",
                        "bias": "classifier.1.m.1.net.1.bias",
                        "mean": "classifier.1.m.1.net.1.running_mean",
                        "variance": "classifier.1.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 329108,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.1.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.1.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.1.m.1.net.1.weight",
                        "bias": "classifier.1.m.1.net.1.bias",
                        "mean": "classifier.1.m.1.net.1.running_mean",
                        "variance": "classifier.1.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 476564,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.1.linear.weight",
                "source": {
                    "key": "classifier.1.linear.weight"
                },
                "offset": 476692,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.1.linear.bias",
                "source": {
                    "key": "classifier.1.linear.bias"
                },
                "offset": 477972,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 477984,
                "length": 64,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 8,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 478048,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 478056,
                "length": 576,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 8,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 478632,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 478640,
                "length": 128,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 16,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 478768,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 478776,
                "length": 288,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 8,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 479064,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 479068,
                "length": 192,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 16,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 479260,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 479272,
                "length": 864,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 480136,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 480144,
                "length": 256,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 32,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 480400,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 480408,
                "length": 288,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 8,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 480696,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.conv_last.net.1.weight",
                        "bias": "scale_flows.1.0.conv_last.net.1.bias",
                        "mean": "scale_flows.1.0.conv_last.net.1.running_mean",
                        "variance": "scale_flows.1.0.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 480700,
                "length": 384,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 48,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.conv_last.net.1.weight",
                        "bias": "scale_flows.1.0.conv_last.net.1.bias",
                        "mean": "scale_flows.1.0.conv_last.net.1.running_mean",
                        "variance": "scale_flows.1.0.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 481084,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 481092,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 30,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 481452,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 481464,
                "length": 864,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 482328,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 482336,
                "length": 384,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 48,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 482720,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 482728,
                "length": 288,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 8,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 483016,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 483020,
                "length": 456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 38,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 483476,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 483488,
                "length": 864,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 484352,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 484360,
                "length": 512,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 64,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 484872,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 484880,
                "length": 288,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 8,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 485168,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.conv_last.net.1.weight",
                        "bias": "scale_flows.1.1.conv_last.net.1.bias",
                        "mean": "scale_flows.1.1.conv_last.net.1.running_mean",
                        "variance": "scale_flows.1.1.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 485172,
                "length": 960,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 11,
                    "inChannels": 80,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.conv_last.net.1.weight",
                        "bias": "scale_flows.1.1.conv_last.net.1.bias",
                        "mean": "scale_flows.1.1.conv_last.net.1.running_mean",
                        "variance": "scale_flows.1.1.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 486132,
                "length": 11,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.trans.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.trans.net.1.weight",
                        "bias": "scale_flows.1.1.trans.net.1.bias",
                        "mean": "scale_flows.1.1.trans.net.1.running_mean",
                        "variance": "scale_flows.1.1.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 486144,
                "length": 1596,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 28,
                    "inChannels": 57,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.trans.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.trans.net.1.weight",
                        "bias": "scale_flows.1.1.trans.net.1.bias",
                        "mean": "scale_flows.1.1.trans.net.1.running_mean",
                        "variance": "scale_flows.1.1.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 487740,
                "length": 28,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 487768,
                "length": 448,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 28,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.2.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 488216,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 488232,
                "length": 1152,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 16,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.2.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 489384,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 489392,
                "length": 576,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 36,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.2.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 489968,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 489984,
                "length": 1152,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 16,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.2.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 491136,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "classifier.2.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.2.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.2.m.0.net.1.weight",
                        "bias": "classifier.2.m.0.net.1.bias",
                        "mean": "classifier.2.m.0.net.1.running_mean",
                        "variance": "classifier.2.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 491144,
                "length": 50688,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 44,
                    "taps": 9
                }
            },
            {
                "name": "classifier.2.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.2.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.2.m.0.net.1.weight",
                        "bias": "classifier.2.m.0.net.1.bias",
                        "mean": "classifier.2.m.0.net.1.running_mean",
                        "variance": "classifier.2.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 541832,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.2.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.2.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.2.m.1.net.1.weight",
                        "bias": "classifier.2.m.1.net.1.bias",
                        "mean": "classifier.2.m.1.net.1.running_mean",
                        "variance": "classifier.2.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 541960,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.2.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.2.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.2.m.1.net.1.weight",
                        "bias": "classifier.2.m.1.net.1.bias",
                        "mean": "classifier.2.m.1.net.1.running_mean",
                        "variance": "classifier.2.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 689416,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.2.linear.weight",
                "source": {
                    "key": "classifier.2.linear.weight"
                },
                "offset": 689544,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.2.linear.bias",
                "source": {
                    "key": "classifier.2.linear.bias"
                },
                "offset": 690824,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 690836,
                "length": 704,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 44,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.3.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 691540,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 691556,
                "length": 1152,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 16,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.3.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 692708,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 692716,
                "length": 832,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 52,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.3.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 693548,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 693564,
                "length": 1152,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 16,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.3.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 694716,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "classifier.3.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.3.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.3.m.0.net.1.weight",
                        "bias": "classifier.3.m.0.net.1.bias",
                        "mean": "classifier.3.m.0.net.1.running_mean",
                        "variance": "classifier.3.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 694724,
                "length": 69120,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 60,
                    "taps": 9
                }
            },
            {
                "name": "classifier.3.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.3.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.3.m.0.net.1.weight",
                        "bias": "classifier.3.m.0.net.1.bias",
                        "mean": "classifier.3.m.0.net.1.running_mean",
                        "variance": "classifier.3.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 763844,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.3.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.3.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.3.m.1.net.1.weight",
                        "bias": "classifier.3.m.1.net.1.bias",
                        "mean": "classifier.3.m.1.net.1.running_mean",
                        "variance": "classifier.3.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 763972,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.3.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.3.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.3.m.1.net.1.weight",
                        "bias": "classifier.3.m.1.net.1.bias",
                        "mean": "classifier.3.m.1.net.1.running_mean",
                        "variance": "classifier.3.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 911428,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.3.linear.weight",
                "source": {
                    "key": "classifier.3.linear.weight"
                },
                "offset": 911556,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.3.linear.bias",
                "source": {
                    "key": "classifier.3.linear.bias"
                },
                "offset": 912836,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 912848,
                "length": 16,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 4,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 912864,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 912868,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 912976,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 912980,
                "length": 32,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 8,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913012,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913016,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913088,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913092,
                "length": 32,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 8,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913124,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913128,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913236,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913240,
                "length": 64,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 16,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913304,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913308,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913380,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.conv_last.net.1.weight",
                        "bias": "scale_flows.2.0.conv_last.net.1.bias",
                        "mean": "scale_flows.2.0.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.0.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913384,
                "length": 96,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 24,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.conv_last.net.1.weight",
                        "bias": "scale_flows.2.0.conv_last.net.1.bias",
                        "mean": "scale_flows.2.0.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.0.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913480,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913484,
                "length": 60,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 15,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913544,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913548,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913656,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913660,
                "length": 120,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 30,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913780,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913784,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913856,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913860,
                "length": 76,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 19,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913936,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913940,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 914048,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 914052,
                "length": 152,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 38,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 914204,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 914208,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 914280,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.conv_last.net.1.weight",
                        "bias": "scale_flows.2.1.conv_last.net.1.bias",
                        "mean": "scale_flows.2.1.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.1.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 914284,
                "length": 368,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 46,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.conv_last.net.1.weight",
                        "bias": "scale_flows.2.1.conv_last.net.1.bias",
                        "mean": "scale_flows.2.1.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.1.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 914652,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.trans.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.trans.net.1.weight",
                        "bias": "scale_flows.2.1.trans.net.1.bias",
                        "mean": "scale_flows.2.1.trans.net.1.running_mean",
                        "variance": "scale_flows.2.1.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 914660,
                "length": 448,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 14,
                    "inChannels": 28,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.trans.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.trans.net.1.weight",
                        "bias": "scale_flows.2.1.trans.net.1.bias",
                        "mean": "scale_flows.2.1.trans.net.1.running_mean",
                        "variance": "scale_flows.2.1.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 915108,
                "length": 14,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 915124,
                "length": 56,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 14,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 915180,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 915184,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 915292,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 915296,
                "length": 112,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 28,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 915408,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 915412,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 915484,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 915488,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 18,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 915560,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 915564,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 915672,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 915676,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 36,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 915820,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 915824,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 915896,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.conv_last.net.1.weight",
                        "bias": "scale_flows.2.2.conv_last.net.1.bias",
                        "mean": "scale_flows.2.2.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.2.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 915900,
                "length": 352,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 44,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.conv_last.net.1.weight",
                        "bias": "scale_flows.2.2.conv_last.net.1.bias",
                        "mean": "scale_flows.2.2.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.2.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 916252,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 916260,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 27,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 916368,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 916372,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 916480,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 916484,
                "length": 176,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 44,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 916660,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 916664,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 916736,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 916740,
                "length": 124,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 31,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 916864,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 916868,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 916976,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 916980,
                "length": 208,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 52,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 917188,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 917192,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 917264,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.conv_last.net.1.weight",
                        "bias": "scale_flows.2.3.conv_last.net.1.bias",
                        "mean": "scale_flows.2.3.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.3.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 917268,
                "length": 480,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 60,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.conv_last.net.1.weight",
                        "bias": "scale_flows.2.3.conv_last.net.1.bias",
                        "mean": "scale_flows.2.3.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.3.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 917748,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.trans.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.trans.net.1.weight",
                        "bias": "scale_flows.2.3.trans.net.1.bias",
                        "mean": "scale_flows.2.3.trans.net.1.running_mean",
                        "variance": "scale_flows.2.3.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 917756,
                "length": 1032,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 21,
                    "inChannels": 43,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.trans.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.trans.net.1.weight",
                        "bias": "scale_flows.2.3.trans.net.1.bias",
                        "mean": "scale_flows.2.3.trans.net.1.running_mean",
                        "variance": "scale_flows.2.3.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 918788,
                "length": 21,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 918812,
                "length": 84,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 21,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.4.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 918896,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 918900,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.4.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 919044,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 919048,
                "length": 100,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 25,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.4.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 919148,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 919152,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.4.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 919296,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "classifier.4.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.4.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.4.m.0.net.1.weight",
                        "bias": "classifier.4.m.0.net.1.bias",
                        "mean": "classifier.4.m.0.net.1.running_mean",
                        "variance": "classifier.4.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 919300,
                "length": 33408,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 29,
                    "taps": 9
                }
            },
            {
                "name": "classifier.4.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.4.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.4.m.0.net.1.weight",
                        "bias": "classifier.4.m.0.net.1.bias",
                        "mean": "classifier.4.m.0.net.1.running_mean",
                        "variance": "classifier.4.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 952708,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.4.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.4.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.4.m.1.net.1.weight",
                        "bias": "classifier.4.m.1.net.1.bias",
                        "mean": "classifier.4.m.1.net.1.running_mean",
                        "variance": "classifier.4.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 952836,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.4.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.4.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.4.m.1.net.1.weight",
                        "bias": "classifier.4.m.1.net.1.bias",
                        "mean": "classifier.4.m.1.net.1.running_mean",
                        "variance": "classifier.4.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1100292,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.4.linear.weight",
                "source": {
                    "key": "classifier.4.linear.weight"
                },
                "offset": 1100420,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.4.linear.bias",
                "source": {
                    "key": "classifier.4.linear.bias"
                },
                "offset": 1101700,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1101712,
                "length": 116,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 29,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.5.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1101828,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1101832,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.5.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1101976,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1101980,
                "length": 132,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 33,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.5.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1102112,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1102116,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.5.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1102260,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "classifier.5.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.5.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.5.m.0.net.1.weight",
                        "bias": "classifier.5.m.0.net.1.bias",
                        "mean": "classifier.5.m.0.net.1.running_mean",
                        "variance": "classifier.5.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1102264,
                "length": 42624,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 37,
                    "taps": 9
                }
            },
            {
                "name": "classifier.5.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.5.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.5.m.0.net.1.weight",
                        "bias": "classifier.5.m.0.net.1.bias",
                        "mean": "classifier.5.m.0.net.1.running_mean",
                        "variance": "classifier.5.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1144888,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.5.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.5.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.5.m.1.net.1.weight",
                        "bias": "classifier.5.m.1.net.1.bias",
                        "mean": "classifier.5.m.1.net.1.running_mean",
                        "variance": "classifier.5.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1145016,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.5.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.5.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.5.m.1.net.1.weight",
                        "bias": "classifier.5.m.1.net.1.bias",
                        "mean": "classifier.5.m.1.net.1.running_mean",
                        "variance": "classifier.5.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1292472,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.5.linear.weight",
                "source": {
                    "key": "classifier.5.linear.weight"
                },
                "offset": 1292600,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.5.linear.bias",
                "source": {
                    "key": "classifier.5.linear.bias"
                },
                "offset": 1293880,
                "length": 10,
                "layout": "plain"
            }
        ]
    },
    "control": {
        "words": 205,
        "counts": 0,
        "ids": [
            7,
            71
        ],
        "source": 135,
        "thresholds": 199
    },
    "output": {
        "words": 4800,
        "final": 0,
        "perExit": 192,
        "logits": 960
    },
    "pipelines": [
        {
            "label": "conv",
            "code": "// conv {\"h\":32,\"w\":32,\"oh\":32,\"ow\":32,\"k\":3,\"stride\":1,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":8,\"pixelBlocks\":4,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 32u;\nconst W = 32u;\nconst OH = 32u;\nconst OW = 32u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 8u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 4u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":32,\"w\":32,\"oh\":16,\"ow\":16,\"k\":3,\"stride\":2,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":4,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 32u;\nconst W = 32u;\nconst OH = 16u;\nconst OW = 16u;\nconst K = 3u;\nconst STRIDE = 2u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 4u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":16,\"w\":16,\"oh\":8,\"ow\":8,\"k\":3,\"stride\":2,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":2,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 16u;\nconst W = 16u;\nconst OH = 8u;\nconst OW = 8u;\nconst K = 3u;\nconst STRIDE = 2u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 2u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":8,\"w\":8,\"oh\":8,\"ow\":8,\"k\":1,\"stride\":1,\"pad\":0,\"rp\":4,\"rc\":4,\"groupsX\":2,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 8u;\nconst W = 8u;\nconst OH = 8u;\nconst OW = 8u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst RP = 4u;\nconst GROUPS_X = 2u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":8,\"w\":8,\"oh\":8,\"ow\":8,\"k\":3,\"stride\":1,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":2,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 8u;\nconst W = 8u;\nconst OH = 8u;\nconst OW = 8u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 2u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":8,\"w\":8,\"oh\":4,\"ow\":4,\"k\":3,\"stride\":2,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":1,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 8u;\nconst W = 8u;\nconst OH = 4u;\nconst OW = 4u;\nconst K = 3u;\nconst STRIDE = 2u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 1u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":4,\"w\":4,\"oh\":2,\"ow\":2,\"k\":3,\"stride\":2,\"pad\":1,\"rp\":2,\"rc\":4,\"groupsX\":1,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 2\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 2 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 4u;\nconst W = 4u;\nconst OH = 2u;\nconst OW = 2u;\nconst K = 3u;\nconst STRIDE = 2u;\nconst PAD = 1;\nconst RP = 2u;\nconst GROUPS_X = 1u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 2>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "linear",
            "code": "// linear {\"features\":128,\"classes\":10,\"pool\":2,\"poolStride\":2,\"poolArea\":4,\"poh\":1,\"pow\":1,\"pooledHW\":1,\"h\":2,\"w\":2}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Exit head tail: average pool 2x2 + flatten + linear, one sample\n// per workgroup. The pooled features are computed once into workgroup memory, then each\n// thread produces logits.\nconst FEATURES = 128u;\nconst CLASSES = 10u;\nvar<workgroup> feature: array<f32, 128>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let src = p.in_base + n * p.in_stride;\n  for (var f = lid; f < FEATURES; f += 64u) {\n    // Feature f = (c, py, px) of the pooled [C, 1, 1] map.\n    let c = f / 1u;\n    let py = (f / 1u) % 1u;\n    let px = f % 1u;\n    var s = 0.0;\n    for (var ky = 0u; ky < 2u; ky++) {\n      for (var kx = 0u; kx < 2u; kx++) {\n        s += f32(arena[src + (c * 2u + py * 2u + ky) * 2u + px * 2u + kx]);\n      }\n    }\n    feature[f] = s / 4.0;\n  }\n  workgroupBarrier();\n  for (var o = lid; o < CLASSES; o += 64u) {\n    var acc = f32(weights[(p.b_off + o) / 4u][(p.b_off + o) % 4u]);\n    let row = p.w_off + o * FEATURES;\n    for (var f = 0u; f < FEATURES; f++) {\n      acc = fma(f32(weights[(row + f) / 4u][(row + f) % 4u]), feature[f], acc);\n    }\n    arena[p.out_base + n * p.out_stride + o] = act(acc);\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "exit0",
            "code": "// exit 0\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 0: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 10u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 10>(12u, 8u, 16u, 12u, 4u, 16u, 4u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[0u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[199u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[7u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[960u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[192u + original * 2u] = cls;\n      results[192u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 0u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[71u + to] = original;\n      ctl[135u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[1u] = kept;\n    for (var i = 0u; i < 10u; i++) {\n      args[(10u + i) * 3u] = NEXT_ARGS[i];\n      args[(10u + i) * 3u + 1u] = 1u;\n      args[(10u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":3072,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 3072 elements per sample written so far move.\nconst PER_SAMPLE = 3072u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":2048,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 2048 elements per sample written so far move.\nconst PER_SAMPLE = 2048u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":4096,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 4096 elements per sample written so far move.\nconst PER_SAMPLE = 4096u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "exit1",
            "code": "// exit 1\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 1: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 10u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 30>(20u, 8u, 16u, 2u, 2u, 2u, 1u, 3u, 2u, 2u, 1u, 2u, 3u, 2u, 2u, 1u, 3u, 2u, 2u, 1u, 10u, 3u, 7u, 4u, 2u, 4u, 2u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[1u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[200u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[71u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[1600u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[320u + original * 2u] = cls;\n      results[320u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 1u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[7u + to] = original;\n      ctl[135u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[2u] = kept;\n    for (var i = 0u; i < 30u; i++) {\n      args[(20u + i) * 3u] = NEXT_ARGS[i];\n      args[(20u + i) * 3u + 1u] = 1u;\n      args[(20u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":5120,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 5120 elements per sample written so far move.\nconst PER_SAMPLE = 5120u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":16,\"w\":16,\"oh\":16,\"ow\":16,\"k\":1,\"stride\":1,\"pad\":0,\"rp\":4,\"rc\":4,\"groupsX\":4,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 16u;\nconst W = 16u;\nconst OH = 16u;\nconst OW = 16u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst RP = 4u;\nconst GROUPS_X = 4u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":16,\"w\":16,\"oh\":16,\"ow\":16,\"k\":3,\"stride\":1,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":4,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 16u;\nconst W = 16u;\nconst OH = 16u;\nconst OW = 16u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 4u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv-resize",
            "code": "// conv-resize {\"h\":8,\"w\":8,\"oh\":16,\"ow\":16,\"k\":3,\"stride\":1,\"pad\":1,\"ih\":8,\"iw\":8,\"ch\":8,\"cw\":8,\"scaleY\":\"0.46666666865348816\",\"scaleX\":\"0.46666666865348816\",\"coarsePixels\":64,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Convolution with a bilinear resize (align_corners = true) in its epilogue: a workgroup\n// computes 4 output channels of the whole 8x8 convolution output into workgroup\n// memory, then writes its 16x16 interpolation into the output channel slice. The\n// coarse map is never stored.\nconst IH = 8u;\nconst IW = 8u;\nconst H = 8u;\nconst W = 8u;\nconst OH = 16u;\nconst OW = 16u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst SCALE_Y = 0.46666666865348816;\nconst SCALE_X = 0.46666666865348816;\nconst THREADS = 64u;\n\nvar<workgroup> coarse: array<vec4<f32>, 64>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x;\n  var bias = vec4<f32>(0.0);\n  for (var r = 0u; r < 4u; r++) {\n    let co = min(cg * 4u + r, p.cout - 1u);\n    bias[r] = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n  }\n  for (var px = lid; px < H * W; px += THREADS) {\n    let cy = px / W;\n    let cx = px % W;\n    var acc = vec4<f32>(0.0);\n    for (var ci = 0u; ci < p.cin; ci++) {\n      let plane = p.in_base + n * p.in_stride + ci * IH * IW;\n      let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n      for (var ky = 0u; ky < K; ky++) {\n        let iy = i32(cy * STRIDE + ky) - PAD;\n        if (iy < 0 || iy >= i32(IH)) { continue; }\n        for (var kx = 0u; kx < K; kx++) {\n          let ix = i32(cx * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(IW)) {\n            acc = fma(vec4<f32>(weights[wrow + ky * K + kx]), vec4<f32>(f32(arena[plane + u32(iy) * IW + u32(ix)])), acc);\n          }\n        }\n      }\n    }\n    coarse[px] = max(acc + bias, vec4<f32>(0.0));\n  }\n  workgroupBarrier();\n  let out = p.out_base + n * p.out_stride;\n  for (var o = lid; o < OH * OW; o += THREADS) {\n    let oy = o / OW;\n    let ox = o % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n    let top = (1.0 - tx) * coarse[y0 * W + x0] + tx * coarse[y0 * W + x1];\n    let bottom = (1.0 - tx) * coarse[y1 * W + x0] + tx * coarse[y1 * W + x1];\n    let v = (1.0 - ty) * top + ty * bottom;\n    for (var r = 0u; r < 4u; r++) {\n      let co = cg * 4u + r;\n      if (co < p.cout) { arena[out + co * OH * OW + o] = act(v[r]); }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv-resize",
            "code": "// conv-resize {\"h\":8,\"w\":8,\"oh\":16,\"ow\":16,\"k\":1,\"stride\":1,\"pad\":0,\"ih\":8,\"iw\":8,\"ch\":8,\"cw\":8,\"scaleY\":\"0.46666666865348816\",\"scaleX\":\"0.46666666865348816\",\"coarsePixels\":64,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Convolution with a bilinear resize (align_corners = true) in its epilogue: a workgroup\n// computes 4 output channels of the whole 8x8 convolution output into workgroup\n// memory, then writes its 16x16 interpolation into the output channel slice. The\n// coarse map is never stored.\nconst IH = 8u;\nconst IW = 8u;\nconst H = 8u;\nconst W = 8u;\nconst OH = 16u;\nconst OW = 16u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst SCALE_Y = 0.46666666865348816;\nconst SCALE_X = 0.46666666865348816;\nconst THREADS = 64u;\n\nvar<workgroup> coarse: array<vec4<f32>, 64>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x;\n  var bias = vec4<f32>(0.0);\n  for (var r = 0u; r < 4u; r++) {\n    let co = min(cg * 4u + r, p.cout - 1u);\n    bias[r] = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n  }\n  for (var px = lid; px < H * W; px += THREADS) {\n    let cy = px / W;\n    let cx = px % W;\n    var acc = vec4<f32>(0.0);\n    for (var ci = 0u; ci < p.cin; ci++) {\n      let plane = p.in_base + n * p.in_stride + ci * IH * IW;\n      let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n      for (var ky = 0u; ky < K; ky++) {\n        let iy = i32(cy * STRIDE + ky) - PAD;\n        if (iy < 0 || iy >= i32(IH)) { continue; }\n        for (var kx = 0u; kx < K; kx++) {\n          let ix = i32(cx * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(IW)) {\n            acc = fma(vec4<f32>(weights[wrow + ky * K + kx]), vec4<f32>(f32(arena[plane + u32(iy) * IW + u32(ix)])), acc);\n          }\n        }\n      }\n    }\n    coarse[px] = max(acc + bias, vec4<f32>(0.0));\n  }\n  workgroupBarrier();\n  let out = p.out_base + n * p.out_stride;\n  for (var o = lid; o < OH * OW; o += THREADS) {\n    let oy = o / OW;\n    let ox = o % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n    let top = (1.0 - tx) * coarse[y0 * W + x0] + tx * coarse[y0 * W + x1];\n    let bottom = (1.0 - tx) * coarse[y1 * W + x0] + tx * coarse[y1 * W + x1];\n    let v = (1.0 - ty) * top + ty * bottom;\n    for (var r = 0u; r < 4u; r++) {\n      let co = cg * 4u + r;\n      if (co < p.cout) { arena[out + co * OH * OW + o] = act(v[r]); }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "resize",
            "code": "// resize {\"h\":16,\"w\":16,\"oh\":8,\"ow\":8,\"scaleY\":\"2.142857074737549\",\"scaleX\":\"2.142857074737549\"}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  channels: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Bilinear resize with align_corners = true, one thread per output element, written\n// straight into its channel slice of the destination buffer.\nconst H = 16u;\nconst W = 16u;\nconst OH = 8u;\nconst OW = 8u;\nconst SCALE_Y = 2.142857074737549;\nconst SCALE_X = 2.142857074737549;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= p.channels * OH * OW) { return; }\n  let c = i / (OH * OW);\n  let oy = (i / OW) % OH;\n  let ox = i % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n  let plane = p.in_base + n * p.in_stride + c * H * W;\n  let top = (1.0 - tx) * f32(arena[plane + y0 * W + x0]) + tx * f32(arena[plane + y0 * W + x1]);\n  let bottom = (1.0 - tx) * f32(arena[plane + y1 * W + x0]) + tx * f32(arena[plane + y1 * W + x1]);\n  arena[p.out_base + n * p.out_stride + i] = act((1.0 - ty) * top + ty * bottom);\n}\n",
            "bindings": "basic"
        },
        {
            "label": "exit2",
            "code": "// exit 2\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 2: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 10u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 11>(38u, 15u, 11u, 16u, 4u, 2u, 4u, 2u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[2u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[201u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[7u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[2240u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[448u + original * 2u] = cls;\n      results[448u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 2u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[71u + to] = original;\n      ctl[135u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[3u] = kept;\n    for (var i = 0u; i < 11u; i++) {\n      args[(50u + i) * 3u] = NEXT_ARGS[i];\n      args[(50u + i) * 3u + 1u] = 1u;\n      args[(50u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":9728,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 9728 elements per sample written so far move.\nconst PER_SAMPLE = 9728u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":3648,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 3648 elements per sample written so far move.\nconst PER_SAMPLE = 3648u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":2816,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 2816 elements per sample written so far move.\nconst PER_SAMPLE = 2816u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "exit3",
            "code": "// exit 3\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 3: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 10u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 51>(38u, 15u, 15u, 16u, 4u, 4u, 1u, 1u, 4u, 4u, 1u, 1u, 1u, 4u, 4u, 1u, 1u, 4u, 1u, 1u, 1u, 19u, 2u, 4u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 2u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 8u, 2u, 6u, 1u, 1u, 1u, 1u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[3u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[202u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[71u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[2880u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[576u + original * 2u] = cls;\n      results[576u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 3u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[7u + to] = original;\n      ctl[135u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[4u] = kept;\n    for (var i = 0u; i < 51u; i++) {\n      args[(61u + i) * 3u] = NEXT_ARGS[i];\n      args[(61u + i) * 3u + 1u] = 1u;\n      args[(61u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":3840,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 3840 elements per sample written so far move.\nconst PER_SAMPLE = 3840u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":32,\"w\":32,\"oh\":32,\"ow\":32,\"k\":1,\"stride\":1,\"pad\":0,\"rp\":4,\"rc\":4,\"groupsX\":8,\"pixelBlocks\":4,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 32u;\nconst W = 32u;\nconst OH = 32u;\nconst OW = 32u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst RP = 4u;\nconst GROUPS_X = 8u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 4u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv-resize",
            "code": "// conv-resize {\"h\":16,\"w\":16,\"oh\":32,\"ow\":32,\"k\":3,\"stride\":1,\"pad\":1,\"ih\":16,\"iw\":16,\"ch\":16,\"cw\":16,\"scaleY\":\"0.4838709533214569\",\"scaleX\":\"0.4838709533214569\",\"coarsePixels\":256,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Convolution with a bilinear resize (align_corners = true) in its epilogue: a workgroup\n// computes 4 output channels of the whole 16x16 convolution output into workgroup\n// memory, then writes its 32x32 interpolation into the output channel slice. The\n// coarse map is never stored.\nconst IH = 16u;\nconst IW = 16u;\nconst H = 16u;\nconst W = 16u;\nconst OH = 32u;\nconst OW = 32u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst SCALE_Y = 0.4838709533214569;\nconst SCALE_X = 0.4838709533214569;\nconst THREADS = 64u;\n\nvar<workgroup> coarse: array<vec4<f32>, 256>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x;\n  var bias = vec4<f32>(0.0);\n  for (var r = 0u; r < 4u; r++) {\n    let co = min(cg * 4u + r, p.cout - 1u);\n    bias[r] = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n  }\n  for (var px = lid; px < H * W; px += THREADS) {\n    let cy = px / W;\n    let cx = px % W;\n    var acc = vec4<f32>(0.0);\n    for (var ci = 0u; ci < p.cin; ci++) {\n      let plane = p.in_base + n * p.in_stride + ci * IH * IW;\n      let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n      for (var ky = 0u; ky < K; ky++) {\n        let iy = i32(cy * STRIDE + ky) - PAD;\n        if (iy < 0 || iy >= i32(IH)) { continue; }\n        for (var kx = 0u; kx < K; kx++) {\n          let ix = i32(cx * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(IW)) {\n            acc = fma(vec4<f32>(weights[wrow + ky * K + kx]), vec4<f32>(f32(arena[plane + u32(iy) * IW + u32(ix)])), acc);\n          }\n        }\n      }\n    }\n    coarse[px] = max(acc + bias, vec4<f32>(0.0));\n  }\n  workgroupBarrier();\n  let out = p.out_base + n * p.out_stride;\n  for (var o = lid; o < OH * OW; o += THREADS) {\n    let oy = o / OW;\n    let ox = o % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n    let top = (1.0 - tx) * coarse[y0 * W + x0] + tx * coarse[y0 * W + x1];\n    let bottom = (1.0 - tx) * coarse[y1 * W + x0] + tx * coarse[y1 * W + x1];\n    let v = (1.0 - ty) * top + ty * bottom;\n    for (var r = 0u; r < 4u; r++) {\n      let co = cg * 4u + r;\n      if (co < p.cout) { arena[out + co * OH * OW + o] = act(v[r]); }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv-resize",
            "code": "// conv-resize {\"h\":16,\"w\":16,\"oh\":32,\"ow\":32,\"k\":1,\"stride\":1,\"pad\":0,\"ih\":16,\"iw\":16,\"ch\":16,\"cw\":16,\"scaleY\":\"0.4838709533214569\",\"scaleX\":\"0.4838709533214569\",\"coarsePixels\":256,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Convolution with a bilinear resize (align_corners = true) in its epilogue: a workgroup\n// computes 4 output channels of the whole 16x16 convolution output into workgroup\n// memory, then writes its 32x32 interpolation into the output channel slice. The\n// coarse map is never stored.\nconst IH = 16u;\nconst IW = 16u;\nconst H = 16u;\nconst W = 16u;\nconst OH = 32u;\nconst OW = 32u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst SCALE_Y = 0.4838709533214569;\nconst SCALE_X = 0.4838709533214569;\nconst THREADS = 64u;\n\nvar<workgroup> coarse: array<vec4<f32>, 256>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x;\n  var bias = vec4<f32>(0.0);\n  for (var r = 0u; r < 4u; r++) {\n    let co = min(cg * 4u + r, p.cout - 1u);\n    bias[r] = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n  }\n  for (var px = lid; px < H * W; px += THREADS) {\n    let cy = px / W;\n    let cx = px % W;\n    var acc = vec4<f32>(0.0);\n    for (var ci = 0u; ci < p.cin; ci++) {\n      let plane = p.in_base + n * p.in_stride + ci * IH * IW;\n      let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n      for (var ky = 0u; ky < K; ky++) {\n        let iy = i32(cy * STRIDE + ky) - PAD;\n        if (iy < 0 || iy >= i32(IH)) { continue; }\n        for (var kx = 0u; kx < K; kx++) {\n          let ix = i32(cx * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(IW)) {\n            acc = fma(vec4<f32>(weights[wrow + ky * K + kx]), vec4<f32>(f32(arena[plane + u32(iy) * IW + u32(ix)])), acc);\n          }\n        }\n      }\n    }\n    coarse[px] = max(acc + bias, vec4<f32>(0.0));\n  }\n  workgroupBarrier();\n  let out = p.out_base + n * p.out_stride;\n  for (var o = lid; o < OH * OW; o += THREADS) {\n    let oy = o / OW;\n    let ox = o % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n    let top = (1.0 - tx) * coarse[y0 * W + x0] + tx * coarse[y0 * W + x1];\n    let bottom = (1.0 - tx) * coarse[y1 * W + x0] + tx * coarse[y1 * W + x1];\n    let v = (1.0 - ty) * top + ty * bottom;\n    for (var r = 0u; r < 4u; r++) {\n      let co = cg * 4u + r;\n      if (co < p.cout) { arena[out + co * OH * OW + o] = act(v[r]); }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "resize",
            "code": "// resize {\"h\":32,\"w\":32,\"oh\":16,\"ow\":16,\"scaleY\":\"2.066666603088379\",\"scaleX\":\"2.066666603088379\"}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  channels: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Bilinear resize with align_corners = true, one thread per output element, written\n// straight into its channel slice of the destination buffer.\nconst H = 32u;\nconst W = 32u;\nconst OH = 16u;\nconst OW = 16u;\nconst SCALE_Y = 2.066666603088379;\nconst SCALE_X = 2.066666603088379;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= p.channels * OH * OW) { return; }\n  let c = i / (OH * OW);\n  let oy = (i / OW) % OH;\n  let ox = i % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n  let plane = p.in_base + n * p.in_stride + c * H * W;\n  let top = (1.0 - tx) * f32(arena[plane + y0 * W + x0]) + tx * f32(arena[plane + y0 * W + x1]);\n  let bottom = (1.0 - tx) * f32(arena[plane + y1 * W + x0]) + tx * f32(arena[plane + y1 * W + x1]);\n  arena[p.out_base + n * p.out_stride + i] = act((1.0 - ty) * top + ty * bottom);\n}\n",
            "bindings": "basic"
        },
        {
            "label": "exit4",
            "code": "// exit 4\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 4: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 10u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 8>(8u, 1u, 1u, 1u, 1u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[4u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[203u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[7u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[3520u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[704u + original * 2u] = cls;\n      results[704u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 4u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[71u + to] = original;\n      ctl[135u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[5u] = kept;\n    for (var i = 0u; i < 8u; i++) {\n      args[(112u + i) * 3u] = NEXT_ARGS[i];\n      args[(112u + i) * 3u + 1u] = 1u;\n      args[(112u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":1856,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 1856 elements per sample written so far move.\nconst PER_SAMPLE = 1856u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "exit5",
            "code": "// exit 5\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 5: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. The last\n// exit takes every sample.\nconst CLASSES = 10u;\nconst MAX_BATCH = 64u;\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[5u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[204u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[71u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[4160u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[832u + original * 2u] = cls;\n      results[832u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (true) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 5u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n  }\n}\n",
            "bindings": "exit"
        }
    ],
    "stages": [
        {
            "exit": 0,
            "dispatches": [
                {
                    "pipeline": 0,
                    "label": "FirstLayer.layers.0.net.0",
                    "params": [
                        3,
                        1245184,
                        3072,
                        0,
                        19456,
                        0,
                        108,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 0
                    }
                },
                {
                    "pipeline": 1,
                    "label": "FirstLayer.layers.1.net.0",
                    "params": [
                        4,
                        0,
                        19456,
                        1245184,
                        9728,
                        112,
                        400,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 1
                    }
                },
                {
                    "pipeline": 2,
                    "label": "FirstLayer.layers.2.net.0",
                    "params": [
                        8,
                        1245184,
                        9728,
                        1867776,
                        5120,
                        408,
                        1560,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 2
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.0.layers.0.conv_normal.net.0",
                    "params": [
                        16,
                        1867776,
                        5120,
                        2195456,
                        1024,
                        1576,
                        1832,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 3
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.0.layers.0.conv_normal.net.3",
                    "params": [
                        16,
                        2195456,
                        1024,
                        1868800,
                        5120,
                        1848,
                        4152,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 4
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.0.layers.1.conv_normal.net.0",
                    "params": [
                        32,
                        1867776,
                        5120,
                        2195456,
                        2048,
                        4168,
                        5192,
                        32
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 5
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.0.layers.1.conv_normal.net.3",
                    "params": [
                        32,
                        2195456,
                        2048,
                        1869824,
                        5120,
                        5224,
                        9832,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 6
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.0.m.0.net.0",
                    "params": [
                        48,
                        1867776,
                        5120,
                        2195456,
                        2048,
                        9848,
                        65144,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 7
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.0.m.1.net.0",
                    "params": [
                        128,
                        2195456,
                        2048,
                        2326528,
                        512,
                        65272,
                        212728,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 8
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.0.linear",
                    "params": [
                        2326528,
                        512,
                        2195456,
                        10,
                        212856,
                        214136
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 9
                    }
                },
                {
                    "pipeline": 8,
                    "label": "exit0",
                    "params": [
                        2195456,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 9,
                    "label": "gather3",
                    "params": [
                        1867776,
                        5120,
                        3112960,
                        5120
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 12,
                        "argsSlot": 10
                    }
                },
                {
                    "pipeline": 10,
                    "label": "gather2",
                    "params": [
                        1245184,
                        9728,
                        2490368,
                        9728
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 11
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather1",
                    "params": [
                        0,
                        19456,
                        1245184,
                        19456
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16,
                        "argsSlot": 12
                    }
                }
            ],
            "argsX": [
                4,
                2,
                4,
                4,
                4,
                8,
                4,
                32,
                32,
                1
            ],
            "argsBase": 0
        },
        {
            "exit": 1,
            "dispatches": [
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.1.layers.0.conv_normal.net.0",
                    "params": [
                        48,
                        3112960,
                        5120,
                        0,
                        3072,
                        214148,
                        216452,
                        48
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 12,
                        "argsSlot": 13
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.1.layers.0.conv_normal.net.3",
                    "params": [
                        48,
                        0,
                        3072,
                        3116032,
                        5120,
                        216500,
                        223412,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 14
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.1.layers.1.conv_normal.net.0",
                    "params": [
                        64,
                        3112960,
                        5120,
                        0,
                        4096,
                        223428,
                        227524,
                        64
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16,
                        "argsSlot": 15
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.1.layers.1.conv_normal.net.3",
                    "params": [
                        64,
                        0,
                        4096,
                        3117056,
                        5120,
                        227588,
                        236804,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 16
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.1.m.0.net.0",
                    "params": [
                        80,
                        3112960,
                        5120,
                        0,
                        2048,
                        236820,
                        328980,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 17
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.1.m.1.net.0",
                    "params": [
                        128,
                        0,
                        2048,
                        131072,
                        512,
                        329108,
                        476564,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 18
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.1.linear",
                    "params": [
                        131072,
                        512,
                        0,
                        10,
                        476692,
                        477972
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 19
                    }
                },
                {
                    "pipeline": 12,
                    "label": "exit1",
                    "params": [
                        0,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 13,
                    "label": "gather9",
                    "params": [
                        3112960,
                        5120,
                        3735552,
                        5120
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 20,
                        "argsSlot": 20
                    }
                },
                {
                    "pipeline": 10,
                    "label": "gather10",
                    "params": [
                        2490368,
                        9728,
                        3112960,
                        9728
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 21
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather11",
                    "params": [
                        1245184,
                        19456,
                        0,
                        19456
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16,
                        "argsSlot": 22
                    }
                }
            ],
            "argsX": [
                12,
                8,
                16,
                12,
                4,
                16,
                4,
                32,
                32,
                1
            ],
            "argsBase": 10
        },
        {
            "exit": 2,
            "dispatches": [
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.0.layers.0.conv_normal.net.0",
                    "params": [
                        8,
                        3112960,
                        9728,
                        1245184,
                        2048,
                        477984,
                        478048,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 23
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.1.0.layers.0.conv_normal.net.3",
                    "params": [
                        8,
                        1245184,
                        2048,
                        3115520,
                        9728,
                        478056,
                        478632,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 24
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.0.layers.0.conv_up.net.0",
                    "params": [
                        16,
                        3735552,
                        5120,
                        1245184,
                        512,
                        478640,
                        478768,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 25
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.1.0.layers.0.conv_up.net.3",
                    "params": [
                        8,
                        1245184,
                        512,
                        3115008,
                        9728,
                        478776,
                        479064,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 26
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.0.layers.1.conv_normal.net.0",
                    "params": [
                        16,
                        3112960,
                        9728,
                        1245184,
                        3072,
                        479068,
                        479260,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 27
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.1.0.layers.1.conv_normal.net.3",
                    "params": [
                        12,
                        1245184,
                        3072,
                        3117568,
                        9728,
                        479272,
                        480136,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 28
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.0.layers.1.conv_up.net.0",
                    "params": [
                        32,
                        3735552,
                        5120,
                        1245184,
                        512,
                        480144,
                        480400,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 29
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.1.0.layers.1.conv_up.net.3",
                    "params": [
                        8,
                        1245184,
                        512,
                        3117056,
                        9728,
                        480408,
                        480696,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 30
                    }
                },
                {
                    "pipeline": 17,
                    "label": "scale_flows.1.0.conv_last.net.0",
                    "params": [
                        48,
                        3735552,
                        5120,
                        3119104,
                        9728,
                        480700,
                        481084,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 31
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.1.layers.0.conv_normal.net.0",
                    "params": [
                        30,
                        3112960,
                        9728,
                        1245184,
                        3072,
                        481092,
                        481452,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 32
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.1.1.layers.0.conv_normal.net.3",
                    "params": [
                        12,
                        1245184,
                        3072,
                        3121152,
                        9728,
                        481464,
                        482328,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 33
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.1.layers.0.conv_up.net.0",
                    "params": [
                        48,
                        3735552,
                        5120,
                        1245184,
                        512,
                        482336,
                        482720,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 34
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.1.1.layers.0.conv_up.net.3",
                    "params": [
                        8,
                        1245184,
                        512,
                        3120640,
                        9728,
                        482728,
                        483016,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 35
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.1.layers.1.conv_normal.net.0",
                    "params": [
                        38,
                        3112960,
                        9728,
                        1245184,
                        3072,
                        483020,
                        483476,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 36
                    }
                },
                {
                    "pipeline": 2,
                    "label": "scale_flows.1.1.layers.1.conv_normal.net.3",
                    "params": [
                        12,
                        1245184,
                        3072,
                        1493504,
                        3648,
                        483488,
                        484352,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 37
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.1.layers.1.conv_up.net.0",
                    "params": [
                        64,
                        3735552,
                        5120,
                        1245184,
                        512,
                        484360,
                        484872,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 38
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.1.layers.1.conv_up.net.3",
                    "params": [
                        8,
                        1245184,
                        512,
                        1493376,
                        3648,
                        484880,
                        485168,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 39
                    }
                },
                {
                    "pipeline": 18,
                    "label": "scale_flows.1.1.layers.1.x.resize",
                    "params": [
                        38,
                        3112960,
                        9728,
                        1490944,
                        3648
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 10,
                        "argsSlot": 40
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.1.conv_last.net.0",
                    "params": [
                        80,
                        3735552,
                        5120,
                        1493888,
                        3648,
                        485172,
                        486132,
                        11
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 41
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.1.trans.net.0",
                    "params": [
                        57,
                        1490944,
                        3648,
                        1245184,
                        3840,
                        486144,
                        487740,
                        28
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 7,
                        "argsSlot": 42
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.2.layers.0.conv_normal.net.0",
                    "params": [
                        28,
                        1245184,
                        3840,
                        1724416,
                        1024,
                        487768,
                        488216,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 43
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.2.layers.0.conv_normal.net.3",
                    "params": [
                        16,
                        1724416,
                        1024,
                        1246976,
                        3840,
                        488232,
                        489384,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 44
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.2.layers.1.conv_normal.net.0",
                    "params": [
                        36,
                        1245184,
                        3840,
                        1724416,
                        1024,
                        489392,
                        489968,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 45
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.2.layers.1.conv_normal.net.3",
                    "params": [
                        16,
                        1724416,
                        1024,
                        1247488,
                        3840,
                        489984,
                        491136,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 46
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.2.m.0.net.0",
                    "params": [
                        44,
                        1245184,
                        3840,
                        1724416,
                        2048,
                        491144,
                        541832,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 47
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.2.m.1.net.0",
                    "params": [
                        128,
                        1724416,
                        2048,
                        1855488,
                        512,
                        541960,
                        689416,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 48
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.2.linear",
                    "params": [
                        1855488,
                        512,
                        1724416,
                        10,
                        689544,
                        690824
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 49
                    }
                },
                {
                    "pipeline": 19,
                    "label": "exit2",
                    "params": [
                        1724416,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 20,
                    "label": "gather18",
                    "params": [
                        3112960,
                        9728,
                        2490368,
                        9728
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 38,
                        "argsSlot": 50
                    }
                },
                {
                    "pipeline": 21,
                    "label": "gather27",
                    "params": [
                        1490944,
                        3648,
                        3981312,
                        3648
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 15,
                        "argsSlot": 51
                    }
                },
                {
                    "pipeline": 22,
                    "label": "gather29",
                    "params": [
                        1245184,
                        3840,
                        3735552,
                        3840
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 11,
                        "argsSlot": 52
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather19",
                    "params": [
                        0,
                        19456,
                        1245184,
                        19456
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16,
                        "argsSlot": 53
                    }
                }
            ],
            "argsX": [
                20,
                8,
                16,
                2,
                2,
                2,
                1,
                3,
                2,
                2,
                1,
                2,
                3,
                2,
                2,
                1,
                3,
                2,
                2,
                1,
                10,
                3,
                7,
                4,
                2,
                4,
                2,
                32,
                32,
                1
            ],
            "argsBase": 20
        },
        {
            "exit": 3,
            "dispatches": [
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.3.layers.0.conv_normal.net.0",
                    "params": [
                        44,
                        3735552,
                        3840,
                        0,
                        1024,
                        690836,
                        691540,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 54
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.3.layers.0.conv_normal.net.3",
                    "params": [
                        16,
                        0,
                        1024,
                        3738368,
                        3840,
                        691556,
                        692708,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 55
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.3.layers.1.conv_normal.net.0",
                    "params": [
                        52,
                        3735552,
                        3840,
                        0,
                        1024,
                        692716,
                        693548,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 56
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.3.layers.1.conv_normal.net.3",
                    "params": [
                        16,
                        0,
                        1024,
                        3738880,
                        3840,
                        693564,
                        694716,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 57
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.3.m.0.net.0",
                    "params": [
                        60,
                        3735552,
                        3840,
                        0,
                        2048,
                        694724,
                        763844,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 58
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.3.m.1.net.0",
                    "params": [
                        128,
                        0,
                        2048,
                        131072,
                        512,
                        763972,
                        911428,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 59
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.3.linear",
                    "params": [
                        131072,
                        512,
                        0,
                        10,
                        911556,
                        912836
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 60
                    }
                },
                {
                    "pipeline": 23,
                    "label": "exit3",
                    "params": [
                        0,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 20,
                    "label": "gather35",
                    "params": [
                        2490368,
                        9728,
                        3112960,
                        9728
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 38,
                        "argsSlot": 61
                    }
                },
                {
                    "pipeline": 21,
                    "label": "gather36",
                    "params": [
                        3981312,
                        3648,
                        2736128,
                        3648
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 15,
                        "argsSlot": 62
                    }
                },
                {
                    "pipeline": 24,
                    "label": "gather37",
                    "params": [
                        3735552,
                        3840,
                        2490368,
                        3840
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 15,
                        "argsSlot": 63
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather38",
                    "params": [
                        1245184,
                        19456,
                        0,
                        19456
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16,
                        "argsSlot": 64
                    }
                }
            ],
            "argsX": [
                38,
                15,
                11,
                16,
                4,
                2,
                4,
                2,
                32,
                32,
                1
            ],
            "argsBase": 50
        },
        {
            "exit": 4,
            "dispatches": [
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.0.layers.0.conv_normal.net.0",
                    "params": [
                        4,
                        0,
                        19456,
                        1245184,
                        3072,
                        912848,
                        912864,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 65
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.2.0.layers.0.conv_normal.net.3",
                    "params": [
                        3,
                        1245184,
                        3072,
                        5120,
                        19456,
                        912868,
                        912976,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 66
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.0.layers.0.conv_up.net.0",
                    "params": [
                        8,
                        3112960,
                        9728,
                        1245184,
                        512,
                        912980,
                        913012,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 67
                    }
                },
                {
                    "pipeline": 26,
                    "label": "scale_flows.2.0.layers.0.conv_up.net.3",
                    "params": [
                        2,
                        1245184,
                        512,
                        4096,
                        19456,
                        913016,
                        913088,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 68
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.0.layers.1.conv_normal.net.0",
                    "params": [
                        8,
                        0,
                        19456,
                        1245184,
                        3072,
                        913092,
                        913124,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 69
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.2.0.layers.1.conv_normal.net.3",
                    "params": [
                        3,
                        1245184,
                        3072,
                        9216,
                        19456,
                        913128,
                        913236,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 70
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.0.layers.1.conv_up.net.0",
                    "params": [
                        16,
                        3112960,
                        9728,
                        1245184,
                        512,
                        913240,
                        913304,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 71
                    }
                },
                {
                    "pipeline": 26,
                    "label": "scale_flows.2.0.layers.1.conv_up.net.3",
                    "params": [
                        2,
                        1245184,
                        512,
                        8192,
                        19456,
                        913308,
                        913380,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 72
                    }
                },
                {
                    "pipeline": 27,
                    "label": "scale_flows.2.0.conv_last.net.0",
                    "params": [
                        24,
                        3112960,
                        9728,
                        12288,
                        19456,
                        913384,
                        913480,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 73
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.1.layers.0.conv_normal.net.0",
                    "params": [
                        15,
                        0,
                        19456,
                        1245184,
                        3072,
                        913484,
                        913544,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 74
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.2.1.layers.0.conv_normal.net.3",
                    "params": [
                        3,
                        1245184,
                        3072,
                        16384,
                        19456,
                        913548,
                        913656,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 75
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.1.layers.0.conv_up.net.0",
                    "params": [
                        30,
                        3112960,
                        9728,
                        1245184,
                        512,
                        913660,
                        913780,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 76
                    }
                },
                {
                    "pipeline": 26,
                    "label": "scale_flows.2.1.layers.0.conv_up.net.3",
                    "params": [
                        2,
                        1245184,
                        512,
                        15360,
                        19456,
                        913784,
                        913856,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 77
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.1.layers.1.conv_normal.net.0",
                    "params": [
                        19,
                        0,
                        19456,
                        1703936,
                        3072,
                        913860,
                        913936,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 78
                    }
                },
                {
                    "pipeline": 1,
                    "label": "scale_flows.2.1.layers.1.conv_normal.net.3",
                    "params": [
                        3,
                        1703936,
                        3072,
                        1250304,
                        7168,
                        913940,
                        914048,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 79
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.1.layers.1.conv_up.net.0",
                    "params": [
                        38,
                        3112960,
                        9728,
                        1703936,
                        512,
                        914052,
                        914204,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 80
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.1.layers.1.conv_up.net.3",
                    "params": [
                        2,
                        1703936,
                        512,
                        1250048,
                        7168,
                        914208,
                        914280,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 81
                    }
                },
                {
                    "pipeline": 28,
                    "label": "scale_flows.2.1.layers.1.x.resize",
                    "params": [
                        19,
                        0,
                        19456,
                        1245184,
                        7168
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 19,
                        "argsSlot": 82
                    }
                },
                {
                    "pipeline": 17,
                    "label": "scale_flows.2.1.conv_last.net.0",
                    "params": [
                        46,
                        2736128,
                        3648,
                        1251072,
                        7168,
                        914284,
                        914652,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 83
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.1.trans.net.0",
                    "params": [
                        28,
                        1245184,
                        7168,
                        0,
                        7936,
                        914660,
                        915108,
                        14
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 84
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.2.layers.0.conv_normal.net.0",
                    "params": [
                        14,
                        0,
                        7936,
                        507904,
                        768,
                        915124,
                        915180,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 85
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.2.layers.0.conv_normal.net.3",
                    "params": [
                        3,
                        507904,
                        768,
                        3840,
                        7936,
                        915184,
                        915292,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 86
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.2.layers.0.conv_up.net.0",
                    "params": [
                        28,
                        2490368,
                        3840,
                        507904,
                        128,
                        915296,
                        915408,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 87
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.2.layers.0.conv_up.net.3",
                    "params": [
                        2,
                        507904,
                        128,
                        3584,
                        7936,
                        915412,
                        915484,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 88
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.2.layers.1.conv_normal.net.0",
                    "params": [
                        18,
                        0,
                        7936,
                        507904,
                        768,
                        915488,
                        915560,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 89
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.2.layers.1.conv_normal.net.3",
                    "params": [
                        3,
                        507904,
                        768,
                        4864,
                        7936,
                        915564,
                        915672,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 90
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.2.layers.1.conv_up.net.0",
                    "params": [
                        36,
                        2490368,
                        3840,
                        507904,
                        128,
                        915676,
                        915820,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 91
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.2.layers.1.conv_up.net.3",
                    "params": [
                        2,
                        507904,
                        128,
                        4608,
                        7936,
                        915824,
                        915896,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 92
                    }
                },
                {
                    "pipeline": 17,
                    "label": "scale_flows.2.2.conv_last.net.0",
                    "params": [
                        44,
                        2490368,
                        3840,
                        5632,
                        7936,
                        915900,
                        916252,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 93
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.3.layers.0.conv_normal.net.0",
                    "params": [
                        27,
                        0,
                        7936,
                        507904,
                        768,
                        916260,
                        916368,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 94
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.3.layers.0.conv_normal.net.3",
                    "params": [
                        3,
                        507904,
                        768,
                        7168,
                        7936,
                        916372,
                        916480,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 95
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.layers.0.conv_up.net.0",
                    "params": [
                        44,
                        2490368,
                        3840,
                        507904,
                        128,
                        916484,
                        916660,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 96
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.3.layers.0.conv_up.net.3",
                    "params": [
                        2,
                        507904,
                        128,
                        6912,
                        7936,
                        916664,
                        916736,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 97
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.3.layers.1.conv_normal.net.0",
                    "params": [
                        31,
                        0,
                        7936,
                        684032,
                        768,
                        916740,
                        916864,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 98
                    }
                },
                {
                    "pipeline": 2,
                    "label": "scale_flows.2.3.layers.1.conv_normal.net.3",
                    "params": [
                        3,
                        684032,
                        768,
                        509952,
                        2752,
                        916868,
                        916976,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 99
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.layers.1.conv_up.net.0",
                    "params": [
                        52,
                        2490368,
                        3840,
                        684032,
                        128,
                        916980,
                        917188,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 100
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.3.layers.1.conv_up.net.3",
                    "params": [
                        2,
                        684032,
                        128,
                        509888,
                        2752,
                        917192,
                        917264,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 101
                    }
                },
                {
                    "pipeline": 18,
                    "label": "scale_flows.2.3.layers.1.x.resize",
                    "params": [
                        31,
                        0,
                        7936,
                        507904,
                        2752
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 102
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.conv_last.net.0",
                    "params": [
                        60,
                        2490368,
                        3840,
                        510144,
                        2752,
                        917268,
                        917748,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 103
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.trans.net.0",
                    "params": [
                        43,
                        507904,
                        2752,
                        0,
                        2368,
                        917756,
                        918788,
                        21
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 104
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.4.layers.0.conv_normal.net.0",
                    "params": [
                        21,
                        0,
                        2368,
                        151552,
                        256,
                        918812,
                        918896,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 105
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.4.layers.0.conv_normal.net.3",
                    "params": [
                        4,
                        151552,
                        256,
                        1344,
                        2368,
                        918900,
                        919044,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 106
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.4.layers.1.conv_normal.net.0",
                    "params": [
                        25,
                        0,
                        2368,
                        151552,
                        256,
                        919048,
                        919148,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 107
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.4.layers.1.conv_normal.net.3",
                    "params": [
                        4,
                        151552,
                        256,
                        1600,
                        2368,
                        919152,
                        919296,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 108
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.4.m.0.net.0",
                    "params": [
                        29,
                        0,
                        2368,
                        151552,
                        2048,
                        919300,
                        952708,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 109
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.4.m.1.net.0",
                    "params": [
                        128,
                        151552,
                        2048,
                        282624,
                        512,
                        952836,
                        1100292,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 110
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.4.linear",
                    "params": [
                        282624,
                        512,
                        151552,
                        10,
                        1100420,
                        1101700
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 111
                    }
                },
                {
                    "pipeline": 29,
                    "label": "exit4",
                    "params": [
                        151552,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 30,
                    "label": "gather67",
                    "params": [
                        0,
                        2368,
                        151552,
                        2368
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 112
                    }
                }
            ],
            "argsX": [
                38,
                15,
                15,
                16,
                4,
                4,
                1,
                1,
                4,
                4,
                1,
                1,
                1,
                4,
                4,
                1,
                1,
                4,
                1,
                1,
                1,
                19,
                2,
                4,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                2,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                8,
                2,
                6,
                1,
                1,
                1,
                1,
                32,
                32,
                1
            ],
            "argsBase": 61
        },
        {
            "exit": 5,
            "dispatches": [
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.5.layers.0.conv_normal.net.0",
                    "params": [
                        29,
                        151552,
                        2368,
                        0,
                        256,
                        1101712,
                        1101828,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 113
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.5.layers.0.conv_normal.net.3",
                    "params": [
                        4,
                        0,
                        256,
                        153408,
                        2368,
                        1101832,
                        1101976,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 114
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.5.layers.1.conv_normal.net.0",
                    "params": [
                        33,
                        151552,
                        2368,
                        0,
                        256,
                        1101980,
                        1102112,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 115
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.5.layers.1.conv_normal.net.3",
                    "params": [
                        4,
                        0,
                        256,
                        153664,
                        2368,
                        1102116,
                        1102260,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 116
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.5.m.0.net.0",
                    "params": [
                        37,
                        151552,
                        2368,
                        0,
                        2048,
                        1102264,
                        1144888,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 117
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.5.m.1.net.0",
                    "params": [
                        128,
                        0,
                        2048,
                        131072,
                        512,
                        1145016,
                        1292472,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 118
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.5.linear",
                    "params": [
                        131072,
                        512,
                        0,
                        10,
                        1292600,
                        1293880
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 119
                    }
                },
                {
                    "pipeline": 31,
                    "label": "exit5",
                    "params": [
                        0,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                }
            ],
            "argsX": [
                8,
                1,
                1,
                1,
                1,
                32,
                32,
                1
            ],
            "argsBase": 112
        }
    ],
    "paramsStride": 256
};
//# sourceMappingURL=plan.js.map